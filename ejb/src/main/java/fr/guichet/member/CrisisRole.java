package fr.guichet.member;

/** Why a member wants this person called in a crisis. */
public enum CrisisRole {
    MAYOR, ELECTED_ON_DUTY, DGS, REFERENT, TECHNICAL, COMMUNICATION, OTHER
}

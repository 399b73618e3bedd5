package fr.guichet.change;

/** What can be done to a change; {@link ChangeWorkflow} says who may, from which status. */
public enum ChangeAction {
    SUBMIT, APPROVE, REJECT, START, COMPLETE, BACK_OUT, CANCEL
}

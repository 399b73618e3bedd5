package fr.guichet.training;

import java.io.Serializable;
import java.util.List;

/** What the attendance sheet of a session prints: the session, its service, and who holds a seat, by member. */
public record AttendanceSheet(TrainingSession session, String serviceName, List<Trainee> trainees) implements Serializable {

    /** One line to sign. */
    public record Trainee(String name, String memberName) implements Serializable {
    }
}

package koru.runtime.scheduler;

/** Thrown by {@link Task#join} when the task threw: the task's exception is the cause. */
public final class TaskFailedException extends RuntimeException {
    TaskFailedException(Throwable cause) {
        super("the joined task failed: " + cause, cause);
    }
}

namespace OutcomesBot.Scheduler;

/// <summary>The databases Quartz can keep the schedule in.</summary>
public enum ScheduleProvider
{
    Sqlite,
    PostgreSQL,
}

namespace TeamsBot.Shifts;

public enum CheckInOutcome { Started, AlreadyOnDuty }

public sealed record CheckInResult(CheckInOutcome Outcome, Shift Shift);

public enum CheckOutOutcome
{
    CheckedOut,
    NotOnDuty,
    /// <summary>The time given has not come yet today (or does not exist today, in a DST change).</summary>
    TimeInFuture,
    /// <summary>The time given is before the check-in; <see cref="CheckOutResult.Shift"/> is the open shift.</summary>
    BeforeCheckIn,
}

public sealed record CheckOutResult(CheckOutOutcome Outcome, Shift? Shift, DateOnly Day);

public enum ClosedDownOutcome { Recorded, AlreadyRecorded, NotFound, NotYours }

public sealed record ClosedDownResult(ClosedDownOutcome Outcome, Shift? Shift);

namespace TeamsBot.Shifts;

public enum CheckInOutcome { Started, AlreadyOnDuty }

public sealed record CheckInResult(CheckInOutcome Outcome, Shift Shift);

public enum CheckOutOutcome { CheckedOut, NotOnDuty }

public sealed record CheckOutResult(CheckOutOutcome Outcome, Shift? Shift, DateOnly Day);

public enum ClosedDownOutcome { Recorded, AlreadyRecorded, NotFound, NotYours }

public sealed record ClosedDownResult(ClosedDownOutcome Outcome, Shift? Shift);

namespace TeamsBot.Shifts;

/// <summary>
/// The card verbs of the shifts feature. They are on cards already posted in Teams, so they never change; the data
/// each verb carries is its payload record in <see cref="BoardPress"/> and <see cref="RitualPress"/>.
/// </summary>
public static class ShiftVerbs
{
    public const string CheckIn = "shift.checkin";
    public const string CheckOut = "shift.checkout";
    public const string ClosedDown = "ritual.closedDown";
    public const string NeedToTalk = "ritual.talk";
}

using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>The card verbs of the shifts feature, and the data keys their cards carry.</summary>
public static class ShiftVerbs
{
    public const string CheckIn = "shift.checkin";
    public const string CheckOut = "shift.checkout";
    public const string ClosedDown = "ritual.closedDown";
    public const string NeedToTalk = "ritual.talk";

    public const string CounsellorKey = "counsellorId";
    public const string ChannelKey = "channelId";
    public const string DayKey = "day";
    public const string CheckedInKey = "checkedIn";
}

using Bot.Protocol.Invoke;

namespace TeamsBot.Shifts;

/// <summary>
/// A press on the shift board. <see cref="Day"/> is the board's day, so a press on an earlier board acts without
/// turning that old message into today's board; boards posted before it was added have none. A card may also
/// name the counsellor it acts for, who must then be the one pressing.
/// </summary>
public abstract record BoardPress(DateOnly? Day = null, string? CounsellorId = null);

public sealed record CheckInPress(DateOnly? Day = null, string? CounsellorId = null) : BoardPress(Day, CounsellorId), ICardActionPayload
{
    public static string Verb => ShiftVerbs.CheckIn;
}

public sealed record CheckOutPress(DateOnly? Day = null, string? CounsellorId = null) : BoardPress(Day, CounsellorId), ICardActionPayload
{
    public static string Verb => ShiftVerbs.CheckOut;
}

/// <summary>
/// A press on the close-down ritual: the reference of the shift it closes (<see cref="ShiftRef"/>, under the
/// wire names the posted cards carry; the tick count travels as text so the Teams client cannot round it).
/// </summary>
public abstract record RitualPress(string ChannelId, DateOnly Day, string CounsellorId, long CheckedIn)
{
    public ShiftRef ToRef() => new(ChannelId, Day, CounsellorId, CheckedIn);
}

public sealed record ClosedDownPress(string ChannelId, DateOnly Day, string CounsellorId, long CheckedIn)
    : RitualPress(ChannelId, Day, CounsellorId, CheckedIn), ICardActionPayload
{
    public static string Verb => ShiftVerbs.ClosedDown;

    public static ClosedDownPress For(ShiftRef shift) => new(shift.ChannelId, shift.CheckoutDay, shift.CounsellorId, shift.CheckedInTicks);
}

public sealed record NeedToTalkPress(string ChannelId, DateOnly Day, string CounsellorId, long CheckedIn)
    : RitualPress(ChannelId, Day, CounsellorId, CheckedIn), ICardActionPayload
{
    public static string Verb => ShiftVerbs.NeedToTalk;

    public static NeedToTalkPress For(ShiftRef shift) => new(shift.ChannelId, shift.CheckoutDay, shift.CounsellorId, shift.CheckedInTicks);
}

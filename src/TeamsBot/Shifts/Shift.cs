using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>How a shift ended.</summary>
public enum ShiftEnd
{
    /// <summary>The counsellor checked out.</summary>
    CheckedOut,
    /// <summary>Left open past the maximum; the bot closed it ("not checked out").</summary>
    ClosedByBot,
}

/// <summary>One shift of one counsellor in one duty channel.</summary>
public sealed record Shift(
    string ChannelId,
    Person Counsellor,
    DateTimeOffset CheckedInAt,
    DateTimeOffset? CheckedOutAt = null,
    ShiftEnd? End = null,
    DateTimeOffset? ClosedDownAt = null,
    IReadOnlyList<ShiftCorrection>? Corrections = null)
{
    public bool IsOpen => CheckedOutAt is null;

    /// <summary>A coordinator set its check-out time; the board says so instead of "not checked out".</summary>
    public bool IsCorrected => Corrections is { Count: > 0 };

    /// <summary>Identifies a closed shift, e.g. in a close-down card's data.</summary>
    public ShiftRef Ref(DateOnly checkoutDay) => new(ChannelId, checkoutDay, Counsellor.TeamsId, CheckedInAt.UtcTicks);
}

/// <summary>Points at a closed shift: channel, local day of check-out, counsellor, check-in instant.</summary>
public sealed record ShiftRef(string ChannelId, DateOnly CheckoutDay, string CounsellorId, long CheckedInTicks);

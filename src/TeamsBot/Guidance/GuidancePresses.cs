using Bot.Protocol.Invoke;

namespace TeamsBot.Guidance;

/// <summary>
/// A guidance button: search <see cref="Kind"/> (<c>referral</c> or <c>procedure</c>) for <see cref="Words"/> (empty:
/// the list of procedures or referral categories), or show the one entry <see cref="EntryId"/>. The answer is a new
/// message, so the card pressed (a list, the start-of-shift checklist) stays as it is. On posted cards: never renamed.
/// </summary>
public sealed record GuidanceSearchPress(string Kind, string Words = "", string? EntryId = null) : ICardActionPayload
{
    public static string Verb => "guidance.search";

    public const string Referral = "referral";
    public const string Procedure = "procedure";

    public static GuidanceSearchPress For(GuidanceKind kind, string words = "", string? entryId = null) =>
        new(kind == GuidanceKind.Procedure ? Procedure : Referral, words, entryId);

    /// <summary>A kind that is neither (a forged or garbled button) reads as a referral search.</summary>
    public GuidanceKind KindToSearch() => Kind == Procedure ? GuidanceKind.Procedure : GuidanceKind.Referral;
}

using Bot.Protocol.Invoke;

namespace TeamsBot.Sparring.WaysIn;

/// <summary>Where a request was asked from, besides <c>/sparring</c> (for the log).</summary>
public enum SparringWayIn
{
    /// <summary>The <b>Sparring</b> button on the channel's shift board.</summary>
    Board,

    /// <summary>The <b>Sparring</b> button on the start-of-shift checklist.</summary>
    StartCard,

    /// <summary>The reflection form's "Do you need sparring?" answered yes.</summary>
    ReflectionForm,

    /// <summary><b>Talk to someone now</b> after a form with a concern for a child.</summary>
    TalkNow,
}

/// <summary>
/// <b>Sparring</b> on a shift card: asks for sparring now for whoever pressed. The board's button names nobody (one
/// render for the channel); the checklist's names its counsellor, and then only they can press it. On posted cards,
/// so the verb never changes.
/// </summary>
public sealed record AskSparringPress(string? CounsellorId = null) : ICardActionPayload
{
    public static string Verb => "sparring.askFromCard";
}

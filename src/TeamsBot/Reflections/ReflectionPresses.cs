using Bot.Protocol.Invoke;

namespace TeamsBot.Reflections;

/// <summary>The verbs of the reflection buttons. On posted cards, so they never change.</summary>
public static class ReflectionVerbs
{
    public const string CallEnded = "reflection.callEnded";
    public const string Submit = "reflection.submit";
    public const string OpenForm = "reflection.openForm";
    public const string TalkNow = "reflection.talkNow";
    public const string ResendForm = "reflection.resendForm";
}

/// <summary>
/// "Samtale slut" (<i>Call ended</i>): sends a new reflection form to the presser's 1:1 chat. Any card may carry it
/// (the shift board, the start-of-shift card); a card made for one person may name them in
/// <see cref="CounsellorId"/>, and then only they can press it.
/// </summary>
public sealed record CallEndedPress(string? CounsellorId = null) : ICardActionPayload
{
    public static string Verb => ReflectionVerbs.CallEnded;
}

/// <summary>
/// Saves a form. The button carries <see cref="FormId"/>; Teams adds each input's value under its id (see
/// <see cref="ReflectionInputs"/>), as text, so every member is a string and the domain validates them.
/// </summary>
public sealed record SubmitReflectionPress(
    string FormId,
    string? ContactForm = null,
    string? Minutes = null,
    string? Topics = null,
    string? Referrals = null,
    string? ChildConcern = null,
    string? Feeling = null,
    string? Private = null,
    string? Sparring = null,
    string? Share = null) : ICardActionPayload
{
    public static string Verb => ReflectionVerbs.Submit;

    public ReflectionFormValues ToValues() => new(ContactForm, Minutes, Topics, Referrals, ChildConcern, Feeling, Private, Sparring, Share);
}

/// <summary>Opens a form again (from a reminder or the close-down ritual): the form when unfinished, else its summary.</summary>
public sealed record OpenFormPress(string FormId) : ICardActionPayload
{
    public static string Verb => ReflectionVerbs.OpenForm;
}

/// <summary>
/// Sends an unfinished form again as a new message below, leaving the card pressed on as it is (the close-down ritual
/// lists a shift's unfinished forms: opening one in place would replace the ritual).
/// </summary>
public sealed record ResendFormPress(string FormId) : ICardActionPayload
{
    public static string Verb => ReflectionVerbs.ResendForm;
}

/// <summary>"Talk to someone now" on a summary with a child concern: shows who to call.</summary>
public sealed record TalkNowPress(string FormId) : ICardActionPayload
{
    public static string Verb => ReflectionVerbs.TalkNow;
}

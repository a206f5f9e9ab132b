namespace TeamsBot.Reflections;

/// <summary>
/// The form's input ids and the values they submit: a contract (integrations and tests rely on them), kept exactly
/// as the issue names them.
/// </summary>
public static class ReflectionInputs
{
    public const string ContactForm = "contactForm";
    public const string Minutes = "minutes";
    public const string Topics = "topics";
    public const string Referrals = "referrals";
    public const string ChildConcern = "childConcern";
    public const string Feeling = "feeling";
    public const string Private = "private";
    public const string Sparring = "sparring";
    public const string Share = "share";

    public static IReadOnlyList<string> All { get; } = [ContactForm, Minutes, Topics, Referrals, ChildConcern, Feeling, Private, Sparring, Share];

    public const int MinMinutes = 1;
    public const int MaxMinutes = 240;
    public const int MinFeeling = 1;
    public const int MaxFeeling = 5;
    public const int MaxPrivateLength = 2000;

    public const string True = "true";
    public const string False = "false";

    public static string Value(ContactForm form) => form switch
    {
        Reflections.ContactForm.Phone => "phone",
        Reflections.ContactForm.Chat => "chat",
        Reflections.ContactForm.Video => "video",
        Reflections.ContactForm.InPerson => "inPerson",
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    public static string Value(SparringNeed need) => need switch
    {
        SparringNeed.None => "none",
        SparringNeed.Now => "now",
        SparringNeed.LaterInShift => "laterInShift",
        SparringNeed.AfterShift => "afterShift",
        _ => throw new ArgumentOutOfRangeException(nameof(need)),
    };

    public static ContactForm? ContactFormOf(string? value) =>
        Enum.GetValues<ContactForm>().Select(f => (ContactForm?)f).FirstOrDefault(f => Value(f!.Value) == value);

    public static SparringNeed? SparringOf(string? value) =>
        Enum.GetValues<SparringNeed>().Select(n => (SparringNeed?)n).FirstOrDefault(n => Value(n!.Value) == value);

    /// <summary>A multi-select's values: Teams sends them comma-separated.</summary>
    public static IReadOnlyList<string> Split(string? values) =>
        string.IsNullOrWhiteSpace(values) ? [] : [.. values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static string Join(IEnumerable<string> values) => string.Join(',', values);
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace TeamsBot.Reflections;

/// <summary>
/// The reflection form as the coordinator sets it up (section <c>Reflections</c>). The lists start empty, because
/// configuration binding appends to a list it finds filled; an empty list means the built-in defaults
/// (<see cref="ReflectionDefaults"/>), read through <see cref="EffectiveTopics"/> and <see cref="EffectiveReferrals"/>.
/// </summary>
public sealed class ReflectionOptions
{
    public const string SectionName = "Reflections";

    /// <summary>What the call was about: the form's <c>topics</c> choices.</summary>
    public List<ReflectionChoice> Topics { get; set; } = [];

    /// <summary>Where the caller was referred: the form's <c>referrals</c> choices.</summary>
    public List<ReflectionChoice> Referrals { get; set; } = [];

    /// <summary>The organisation's procedure for the duty to report a concern for a child (https); optional.</summary>
    public Uri? ChildConcernProcedureUrl { get; set; }

    /// <summary>The duty-to-report steps shown after a form with <c>childConcern</c>; empty means the built-in text.</summary>
    public LocalizedText ChildConcernProcedure { get; set; } = new();

    /// <summary>How long after a form was sent, unsubmitted, the one gentle reminder comes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Reflections:ReminderAfter must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Days after submission when the private text is deleted.</summary>
    [Range(1, 3650, ErrorMessage = "Reflections:PrivateTextDays must be between 1 and 3650.")]
    public int PrivateTextDays { get; set; } = 30;

    /// <summary>Days after the form was sent when the whole (anonymous) registration is deleted.</summary>
    [Range(1, 3650, ErrorMessage = "Reflections:RetentionDays must be between 1 and 3650.")]
    public int RetentionDays { get; set; } = 365;

    public IReadOnlyList<ReflectionChoice> EffectiveTopics => Topics.Count > 0 ? Topics : ReflectionDefaults.Topics;

    public IReadOnlyList<ReflectionChoice> EffectiveReferrals => Referrals.Count > 0 ? Referrals : ReflectionDefaults.Referrals;

    /// <summary>A copy offering <paramref name="referrals"/> (see <see cref="ReflectionReferrals"/>); the rest as configured.</summary>
    public ReflectionOptions WithReferrals(IReadOnlyList<ReflectionChoice> referrals)
    {
        var copy = (ReflectionOptions)MemberwiseClone();
        copy.Referrals = [.. referrals];
        return copy;
    }

    /// <summary>What the options' validation reports, each naming its key; empty when the options are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (ChildConcernProcedureUrl is { } url && (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps))
        {
            yield return "Reflections:ChildConcernProcedureUrl must be an https link.";
        }

        if (RetentionDays < PrivateTextDays)
        {
            yield return "Reflections:RetentionDays must be at least Reflections:PrivateTextDays (the private text goes first).";
        }

        foreach (var problem in ChoiceProblems(nameof(Topics), Topics).Concat(ChoiceProblems(nameof(Referrals), Referrals)))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> ChoiceProblems(string key, List<ReflectionChoice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            // A multi-select submits its values comma-separated, so a comma would split one value in two.
            if (string.IsNullOrWhiteSpace(choice.Value) || choice.Value.Contains(',', StringComparison.Ordinal) || choice.Value.Trim() != choice.Value)
            {
                yield return $"Reflections:{key}:{i}:Value must be set, without commas or surrounding spaces.";
            }

            if (string.IsNullOrWhiteSpace(choice.Da))
            {
                yield return $"Reflections:{key}:{i}:Da (the Danish title) must be set.";
            }
        }

        foreach (var repeated in choices.GroupBy(c => c.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"Reflections:{key} lists the value '{repeated.Key}' more than once.";
        }
    }
}

/// <summary>A text the coordinator sets in Danish, and optionally in English (Danish is used where English is missing).</summary>
public class LocalizedText
{
    public string? Da { get; set; }

    public string? En { get; set; }

    /// <summary>The text for <paramref name="culture"/>, or null when none is set.</summary>
    public string? For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(En) ? En
        : string.IsNullOrWhiteSpace(Da) ? null : Da;
}

/// <summary>One option of a multi-select: a stable value (what is stored and counted) and its titles.</summary>
public sealed class ReflectionChoice : LocalizedText
{
    public ReflectionChoice()
    {
    }

    public ReflectionChoice(string value, string da, string en)
    {
        Value = value;
        Da = da;
        En = en;
    }

    public string Value { get; set; } = string.Empty;

    /// <summary>The title in <paramref name="culture"/>; the value when no title is set.</summary>
    public string Title(CultureInfo culture) => For(culture) ?? Value;
}

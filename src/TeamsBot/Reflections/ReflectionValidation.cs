using System.Globalization;
using TeamsBot.Reflections.Anonymity;

namespace TeamsBot.Reflections;

/// <summary>
/// What the form sent, as Teams sends it: every input value a string (or missing). Card data can be forged, so
/// nothing here is trusted until <see cref="ReflectionValidation.Validate"/> has read it.
/// </summary>
public sealed record ReflectionFormValues(
    string? ContactForm = null,
    string? Minutes = null,
    string? Topics = null,
    string? Referrals = null,
    string? ChildConcern = null,
    string? Feeling = null,
    string? Private = null,
    string? Sparring = null,
    string? Share = null);

/// <summary>What is wrong with one input.</summary>
public enum ReflectionProblem
{
    /// <summary>A required input is empty.</summary>
    Required,

    /// <summary>A value that is not one of the input's choices.</summary>
    NotAChoice,

    /// <summary>Minutes that are not a whole number.</summary>
    NotAWholeNumber,

    /// <summary>Minutes outside 1–240.</summary>
    OutOfRange,

    /// <summary>Private text over 2,000 characters.</summary>
    TooLong,

    /// <summary>The private text holds something that identifies the caller.</summary>
    CallerIdentifier,
}

/// <summary>
/// The outcome of validation: the answers, or the problems by input id (so the card shows each next to its input).
/// When the private text holds a caller identifier, <see cref="IdentifiersFound"/> names the kinds and
/// <see cref="MaskedPrivate"/> is the text with each one masked: what the form may show back, never the identifier.
/// </summary>
public sealed record ReflectionValidationResult(ReflectionAnswers? Answers, IReadOnlyDictionary<string, ReflectionProblem> Problems)
{
    public bool IsValid => Answers is not null;

    public IReadOnlyList<CallerIdentifierKind> IdentifiersFound { get; init; } = [];

    public string? MaskedPrivate { get; init; }
}

/// <summary>The form's rules, as plain C#: Teams checks some of them in the card, but the bot checks them all.</summary>
public static class ReflectionValidation
{
    public static ReflectionValidationResult Validate(ReflectionFormValues values, IReadOnlyList<ReflectionChoice> topics, IReadOnlyList<ReflectionChoice> referrals)
    {
        Dictionary<string, ReflectionProblem> problems = [];

        var contactForm = ReflectionInputs.ContactFormOf(values.ContactForm);
        if (contactForm is null)
        {
            problems[ReflectionInputs.ContactForm] = string.IsNullOrWhiteSpace(values.ContactForm) ? ReflectionProblem.Required : ReflectionProblem.NotAChoice;
        }

        var minutes = ReadMinutes(values.Minutes, out var minutesProblem);
        if (minutesProblem is { } mp)
        {
            problems[ReflectionInputs.Minutes] = mp;
        }

        var chosenTopics = ReadChoices(values.Topics, topics, ReflectionInputs.Topics, problems);
        var chosenReferrals = ReadChoices(values.Referrals, referrals, ReflectionInputs.Referrals, problems);
        var childConcern = ReadToggle(values.ChildConcern, ReflectionInputs.ChildConcern, problems);
        var share = ReadToggle(values.Share, ReflectionInputs.Share, problems);

        int? feeling = null;
        if (!string.IsNullOrWhiteSpace(values.Feeling))
        {
            if (int.TryParse(values.Feeling, NumberStyles.None, CultureInfo.InvariantCulture, out var f) && f is >= ReflectionInputs.MinFeeling and <= ReflectionInputs.MaxFeeling)
            {
                feeling = f;
            }
            else
            {
                problems[ReflectionInputs.Feeling] = ReflectionProblem.NotAChoice;
            }
        }

        var sparring = string.IsNullOrWhiteSpace(values.Sparring) ? SparringNeed.None : ReflectionInputs.SparringOf(values.Sparring);
        if (sparring is null)
        {
            problems[ReflectionInputs.Sparring] = ReflectionProblem.NotAChoice;
        }

        // The anonymity rule comes first: a text holding an identifier is never kept, whatever else is wrong with it.
        var text = string.IsNullOrWhiteSpace(values.Private) ? string.Empty : values.Private.Trim();
        var identifiers = CallerIdentifierGuard.Check(text);
        if (!identifiers.IsClean)
        {
            problems[ReflectionInputs.Private] = ReflectionProblem.CallerIdentifier;
        }
        else if (text.Length > ReflectionInputs.MaxPrivateLength)
        {
            problems[ReflectionInputs.Private] = ReflectionProblem.TooLong;
        }

        return problems.Count > 0
            ? new ReflectionValidationResult(null, problems)
            {
                IdentifiersFound = identifiers.Found,
                MaskedPrivate = identifiers.IsClean ? null : identifiers.Masked,
            }
            : new ReflectionValidationResult(
                new ReflectionAnswers(contactForm!.Value, minutes, chosenTopics, chosenReferrals, childConcern, feeling, sparring!.Value, share, text),
                problems);
    }

    private static int ReadMinutes(string? value, out ReflectionProblem? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = ReflectionProblem.Required;
            return 0;
        }

        // Teams may send a number input as "12" or "12.0"; anything else with a fraction is not whole minutes.
        if (!decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            problem = ReflectionProblem.NotAWholeNumber;
            return 0;
        }

        if (number != decimal.Truncate(number))
        {
            problem = ReflectionProblem.NotAWholeNumber;
            return 0;
        }

        if (number is < ReflectionInputs.MinMinutes or > ReflectionInputs.MaxMinutes)
        {
            problem = ReflectionProblem.OutOfRange;
            return 0;
        }

        return (int)number;
    }

    private static IReadOnlyList<string> ReadChoices(string? value, IReadOnlyList<ReflectionChoice> choices, string inputId, Dictionary<string, ReflectionProblem> problems)
    {
        var chosen = ReflectionInputs.Split(value);
        if (chosen.Any(c => !choices.Any(choice => string.Equals(choice.Value, c, StringComparison.Ordinal))))
        {
            problems[inputId] = ReflectionProblem.NotAChoice;
            return [];
        }

        return chosen;
    }

    /// <summary>A toggle sends "true" or "false"; a missing one counts as off, its default.</summary>
    private static bool ReadToggle(string? value, string inputId, Dictionary<string, ReflectionProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value) || value == ReflectionInputs.False)
        {
            return false;
        }

        if (value == ReflectionInputs.True)
        {
            return true;
        }

        problems[inputId] = ReflectionProblem.NotAChoice;
        return false;
    }
}

using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Reflections.Anonymity;

namespace TeamsBot.Reflections;

/// <summary>
/// What the form shows: a fresh form, or one sent back with what was typed (<see cref="Values"/>), the problems
/// found (<see cref="Validation"/>) and a notice on top (such as "nothing was saved").
/// </summary>
public sealed record ReflectionFormView(string FormId, ReflectionFormValues? Values = null, ReflectionValidationResult? Validation = null, string? Notice = null);

/// <summary>
/// The reflection form: one Adaptive Card with exactly the input ids of <see cref="ReflectionInputs"/> and one submit
/// that carries the form id. A form sent back shows each problem under its input and keeps everything typed, except
/// a caller identifier, which comes back masked.
/// </summary>
public static class ReflectionFormCard
{
    public static AdaptiveCard Build(ReflectionFormView view, ReflectionOptions options, Texts texts)
    {
        var culture = CultureInfo.CurrentUICulture;
        var typed = view.Values ?? new ReflectionFormValues();
        var problems = view.Validation?.Problems ?? new Dictionary<string, ReflectionProblem>();
        var topics = options.EffectiveTopics;
        var referrals = options.EffectiveReferrals;

        List<CardElement> body = [TextBlock.Heading(texts["Form.Title"]), new TextBlock(texts["Form.Intro"]) { IsSubtle = true }];
        if ((view.Notice ?? (problems.Count > 0 ? texts["Form.FixBelow"] : null)) is { } notice)
        {
            body.Add(new TextBlock(notice) { Color = "Attention", Weight = "Bolder" });
        }

        void Add(InputElement input)
        {
            body.Add(input);
            if (problems.TryGetValue(input.Id!, out var problem))
            {
                body.Add(new TextBlock(Describe(problem, input.Id!, view, texts)) { Color = "Attention", Spacing = "Small" });
            }
        }

        Add(new ChoiceSetInput(ReflectionInputs.ContactForm, texts["Form.ContactForm"],
            [.. Enum.GetValues<ContactForm>().Select(f => new Choice(texts["Form.ContactForm." + ReflectionInputs.Value(f)], ReflectionInputs.Value(f)))])
        {
            IsRequired = true,
            ErrorMessage = texts["Form.ContactFormRequired"],
            Style = "expanded",
            Value = ReflectionInputs.ContactFormOf(typed.ContactForm) is { } form ? ReflectionInputs.Value(form) : null,
        });
        Add(new NumberInput(ReflectionInputs.Minutes, texts["Form.Minutes"])
        {
            IsRequired = true,
            ErrorMessage = texts["Form.MinutesRequired"],
            Min = ReflectionInputs.MinMinutes,
            Max = ReflectionInputs.MaxMinutes,
            Value = double.TryParse(typed.Minutes, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) ? minutes : null,
        });
        Add(MultiSelect(ReflectionInputs.Topics, texts["Form.Topics"], topics, typed.Topics, culture));
        Add(MultiSelect(ReflectionInputs.Referrals, texts["Form.Referrals"], referrals, typed.Referrals, culture));
        Add(Toggle(ReflectionInputs.ChildConcern, texts["Form.ChildConcern"], texts["Form.ChildConcernTitle"], typed.ChildConcern));
        Add(new ChoiceSetInput(ReflectionInputs.Feeling, texts["Form.Feeling"],
            [.. Enumerable.Range(ReflectionInputs.MinFeeling, ReflectionInputs.MaxFeeling - ReflectionInputs.MinFeeling + 1).Select(i => new Choice(texts[$"Form.Feeling.{i}"], Number(i)))])
        {
            Placeholder = texts["Form.FeelingPlaceholder"],
            Value = typed.Feeling is { Length: 1 } f && f[0] is >= '1' and <= '5' ? f : null,
        });
        Add(new TextInput(ReflectionInputs.Private, texts["Form.Private"])
        {
            IsMultiline = true,
            MaxLength = ReflectionInputs.MaxPrivateLength,
            ErrorMessage = texts["Form.PrivateTooLong"],
            Placeholder = texts["Form.PrivatePlaceholder"],
            // An identifier never comes back: the guard's masked text replaces what was typed.
            Value = view.Validation?.MaskedPrivate ?? (string.IsNullOrEmpty(typed.Private) ? null : typed.Private),
        });
        Add(new ChoiceSetInput(ReflectionInputs.Sparring, texts["Form.Sparring"],
            [.. Enum.GetValues<SparringNeed>().Select(n => new Choice(texts["Form.Sparring." + ReflectionInputs.Value(n)], ReflectionInputs.Value(n)))])
        {
            Value = ReflectionInputs.Value(ReflectionInputs.SparringOf(typed.Sparring) ?? SparringNeed.None),
        });
        Add(Toggle(ReflectionInputs.Share, texts["Form.Share"], texts["Form.ShareTitle"], typed.Share));

        CardAction[] actions = [ExecuteAction.For(texts["Form.Submit"], new SubmitReflectionPress(view.FormId)) with { Style = "positive" }];
        return new AdaptiveCard(body, actions) { Speak = texts["Form.Title"] };
    }

    private static ChoiceSetInput MultiSelect(string id, string label, IReadOnlyList<ReflectionChoice> choices, string? typed, CultureInfo culture) =>
        new(id, label, [.. choices.Select(c => new Choice(c.Title(culture), c.Value))])
        {
            IsMultiSelect = true,
            Style = "expanded",
            // Only configured values come back: card data can be forged, and a stale value would only be refused again.
            Value = ReflectionInputs.Split(typed).Where(v => choices.Any(c => c.Value == v)).ToList() is { Count: > 0 } kept ? ReflectionInputs.Join(kept) : null,
        };

    private static ToggleInput Toggle(string id, string label, string title, string? typed) => new(id, label, title)
    {
        ValueOn = ReflectionInputs.True,
        ValueOff = ReflectionInputs.False,
        Value = typed == ReflectionInputs.True ? ReflectionInputs.True : ReflectionInputs.False,
        Wrap = true,
    };

    private static string Describe(ReflectionProblem problem, string inputId, ReflectionFormView view, Texts texts) => (problem, inputId) switch
    {
        (_, ReflectionInputs.ContactForm) => texts["Problem.ContactForm"],
        (ReflectionProblem.Required, ReflectionInputs.Minutes) => texts["Problem.MinutesRequired"],
        (ReflectionProblem.OutOfRange, _) => texts["Problem.MinutesRange"],
        (ReflectionProblem.NotAWholeNumber, _) => texts["Problem.MinutesWhole"],
        (ReflectionProblem.TooLong, _) => texts.Get("Problem.TooLong", (view.Values?.Private?.Trim().Length ?? 0).ToString("N0", CultureInfo.CurrentCulture)),
        (ReflectionProblem.CallerIdentifier, _) => texts.Get("Problem.Identifier", Kinds(view.Validation?.IdentifiersFound ?? [], texts)),
        _ => texts["Problem.Choice"],
    };

    /// <summary>"et CPR-nummer og et telefonnummer": which kinds were found, never what.</summary>
    private static string Kinds(IReadOnlyList<CallerIdentifierKind> kinds, Texts texts)
    {
        var names = kinds.Select(k => texts["Identifier." + k]).ToList();
        return names.Count <= 1
            ? names.FirstOrDefault() ?? string.Empty
            : string.Join(", ", names[..^1]) + " " + texts["Identifier.And"] + " " + names[^1];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

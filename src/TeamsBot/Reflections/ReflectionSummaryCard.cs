using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Sparring;
using TeamsBot.Sparring.WaysIn;

namespace TeamsBot.Reflections;

/// <summary>
/// What replaces the form once it is saved: a thank-you that frames reflection and sparring as learning, the answers
/// (never the private text: only whether there is one, that it is encrypted and whether it is shared), the
/// duty-to-report steps after a child concern, and who to talk to when sparring was asked for.
/// </summary>
public static class ReflectionSummaryCard
{
    /// <param name="reflection">The reflection as stored (submitted).</param>
    /// <param name="savedLocal">When it was saved, in the organisation's time zone.</param>
    /// <param name="options">The form's configuration (titles, the duty-to-report procedure).</param>
    /// <param name="sparring">Who to turn to for sparring.</param>
    /// <param name="texts">This feature's texts.</param>
    /// <param name="alreadySaved">A second press of a saved form: says so on top.</param>
    /// <param name="showingSparring">"Talk to someone now" was pressed: the sparring contact is shown.</param>
    /// <param name="sparringNotice">
    /// What asking for sparring from this form came to, when known: said above the contact. After a <c>now</c> request
    /// went out "Talk to someone now" is not offered again (after a later one it still is: the need may have become
    /// urgent), and when it went to someone on call the contact is not shown.
    /// </param>
    public static AdaptiveCard Build(Reflection reflection, DateTimeOffset? savedLocal, ReflectionOptions options, SparringContacts sparring, Texts texts,
        bool alreadySaved = false, bool showingSparring = false, SparringNotice? sparringNotice = null)
    {
        var culture = CultureInfo.CurrentUICulture;
        var answers = reflection.Answers ?? throw new ArgumentException("Only a submitted reflection has a summary.", nameof(reflection));
        List<CardElement> body = [TextBlock.Heading(texts["Summary.Title"])];
        if (alreadySaved)
        {
            body.Add(new TextBlock(texts["Summary.AlreadySaved"]) { Weight = "Bolder" });
        }

        body.Add(new TextBlock(texts["Summary.Learning"]));
        body.Add(new FactSet(
        [
            new Fact(texts["Summary.ContactForm"], texts["Form.ContactForm." + ReflectionInputs.Value(answers.ContactForm)]),
            new Fact(texts["Summary.Minutes"], texts.Get("Summary.MinutesValue", answers.Minutes)),
            new Fact(texts["Summary.Topics"], Titles(answers.Topics, options.EffectiveTopics, culture, texts)),
            new Fact(texts["Summary.Referrals"], Titles(answers.Referrals, options.EffectiveReferrals, culture, texts)),
            new Fact(texts["Summary.ChildConcern"], texts[answers.ChildConcern ? "Summary.Yes" : "Summary.No"]),
            new Fact(texts["Summary.Feeling"], answers.Feeling is { } feeling ? texts.Get("Summary.FeelingValue", feeling) : texts["Summary.NotGiven"]),
            new Fact(texts["Summary.Sparring"], texts["Form.Sparring." + ReflectionInputs.Value(answers.Sparring)]),
            new Fact(texts["Summary.Private"], !reflection.HasPrivateText ? texts["Summary.PrivateNone"]
                : texts[answers.Share ? "Summary.PrivateShared" : "Summary.PrivateKept"]),
        ]));
        if (savedLocal is { } saved)
        {
            body.Add(new TextBlock(texts.Get("Summary.Saved", Texts.Time(saved))) { IsSubtle = true, Spacing = "Small" });
        }

        List<CardAction> actions = [];
        if (answers.ChildConcern)
        {
            body.Add(new Container(
            [
                new TextBlock(texts["ChildConcern.Title"]) { Weight = "Bolder" },
                new TextBlock(options.ChildConcernProcedure.For(culture) ?? texts["ChildConcern.Procedure"]),
            ]) { Style = "attention", Spacing = "Medium" });
            if (options.ChildConcernProcedureUrl is { } url)
            {
                actions.Add(new OpenUrlAction(texts["ChildConcern.Link"], url));
            }

            if (!showingSparring && sparringNotice is not { NowWentOut: true })
            {
                actions.Add(ExecuteAction.For(texts["ChildConcern.TalkNow"], new TalkNowPress(reflection.FormId)) with { Style = "positive" });
            }
        }

        if (answers.Sparring != SparringNeed.None)
        {
            body.Add(new TextBlock(texts.Get("Sparring.Recorded", texts["Sparring.When." + ReflectionInputs.Value(answers.Sparring)])) { Spacing = "Medium" });
        }

        if (sparringNotice is { } notice)
        {
            body.Add(new Container([new TextBlock(notice.Text) { Weight = "Bolder" }]) { Style = notice.WentOut ? "good" : "warning", Spacing = "Medium" });
        }

        if (sparringNotice is not { ToOnCall: true } && (showingSparring || answers.Sparring != SparringNeed.None))
        {
            body.Add(new Container([new TextBlock(sparring.Intro), new TextBlock(sparring.Describe()) { Weight = "Bolder" }]) { Style = "emphasis" });
            if (sparring.CallAction() is { } call)
            {
                actions.Add(call);
            }
        }

        return new AdaptiveCard(body, actions.Count > 0 ? actions : null) { Speak = texts["Summary.Title"] };
    }

    private static string Titles(IReadOnlyList<string> values, IReadOnlyList<ReflectionChoice> choices, CultureInfo culture, Texts texts) =>
        values.Count == 0 ? texts["Summary.None"]
        : string.Join(", ", values.Select(v => choices.FirstOrDefault(c => c.Value == v)?.Title(culture) ?? v));
}

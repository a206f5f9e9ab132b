using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Reflections.Mine;

/// <summary>One of the counsellor's own reflections, opened: every answer and their private text, decrypted for them.</summary>
public static class MyReflectionCard
{
    public static AdaptiveCard Build(Reflection reflection, string? privateText, int privateTextDays, ReflectionLabels labels, Texts texts)
    {
        var answers = reflection.Answers!;
        var title = texts["One.Title"];
        var culture = CultureInfo.CurrentCulture;
        List<CardElement> body =
        [
            TextBlock.Heading(title),
            new TextBlock(labels.When(reflection.IssuedAt)) { IsSubtle = true },
            new FactSet(
            [
                new Fact(texts["One.ContactForm"], MyReflectionsCard.Capitalized(labels.ContactForm(answers.ContactForm))),
                new Fact(texts["One.Minutes"], answers.Minutes.ToString(culture)),
                new Fact(texts["One.Topics"], labels.Topics(answers.Topics)),
                new Fact(texts["One.Referrals"], labels.Referrals(answers.Referrals)),
                new Fact(texts["One.ChildConcern"], labels.YesNo(answers.ChildConcern)),
                new Fact(texts["One.Feeling"], answers.Feeling is { } feeling ? texts.Get("One.FeelingValue", feeling) : "–"),
                new Fact(texts["One.Sparring"], MyReflectionsCard.Capitalized(labels.Sparring(answers.Sparring))),
                new Fact(texts["One.Shared"], labels.YesNo(answers.Share)),
            ]),
            new TextBlock(texts["One.Private"]) { Weight = "Bolder", Spacing = "Medium" },
            privateText is null
                ? new TextBlock(texts.Get("One.NoPrivate", privateTextDays)) { IsSubtle = true }
                : new TextBlock(privateText),
        ];
        CardAction[] actions =
        [
            ExecuteAction.For(texts["Mine.Back"], new ShowMyReflectionsPress()),
            ExecuteAction.For(texts["Mine.Delete"], new DeleteMyReflectionPress(reflection.FormId)) with { Style = "destructive" },
        ];
        return new AdaptiveCard(body, actions) { Speak = title };
    }
}

using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Reflections;

/// <summary>The close-down ritual's part about a shift's forms not yet filled in: how many, and a button to open each.</summary>
public static class UnfinishedForms
{
    public static CardElement Build(IReadOnlyList<Reflection> unfinished, OrganisationClock clock, Texts texts) => new Container(
    [
        new TextBlock(unfinished.Count == 1 ? texts["ShiftCards.UnfinishedOne"] : texts.Get("ShiftCards.UnfinishedMany", unfinished.Count)) { Weight = "Bolder" },
        new TextBlock(texts["ShiftCards.UnfinishedWhy"]) { IsSubtle = true, Spacing = "Small" },
        // Each button names the time the form was sent, right after its call: the one thing that tells them apart. It
        // sends the form again below, so the ritual (and its "I've closed down") stays on screen.
        new ActionSet([.. unfinished.Select(form =>
            ExecuteAction.For(texts.Get("ShiftCards.OpenForm", Texts.Time(clock.Local(form.IssuedAt))), new ResendFormPress(form.FormId)))]),
    ]) { Spacing = "Medium" };
}

using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Reflections;

/// <summary>The one gentle reminder of a form not yet filled in, with a button that opens it.</summary>
public static class ReminderCard
{
    public static AdaptiveCard Build(Reflection form, OrganisationClock clock, Texts texts) => new(
        [new TextBlock(texts.Get("Reminder.Text", Texts.Time(clock.Local(form.IssuedAt))))],
        [ExecuteAction.For(texts["Reminder.Open"], new OpenFormPress(form.FormId)) with { Style = "positive" }]);
}

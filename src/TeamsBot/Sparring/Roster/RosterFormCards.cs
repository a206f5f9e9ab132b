using TeamsBot.Cards;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// The forms that add a weekly slot or a date override. Input ids are the contract in <see cref="RosterInputs"/>;
/// people are offered as choices of the team's members (<see cref="RosterPeople.KeyOf"/>), never typed. A refused save
/// brings the form back with what was chosen and every reason.
/// </summary>
public static class RosterFormCards
{
    public static AdaptiveCard Slot(DutyChannel team, IReadOnlyList<Person> people, RosterWords words, SlotFormValues? typed = null, IReadOnlyList<string>? problems = null)
    {
        var texts = words.Texts;
        var title = texts["Form.SlotTitle"];
        List<CardElement> body = [TextBlock.Heading(title), new TextBlock(words.TeamName(team)) { IsSubtle = true, Spacing = "None" }];
        body.AddRange(Problems(problems));
        body.Add(new ChoiceSetInput(RosterInputs.Weekday, texts["Form.Weekday"],
            [.. RosterInputs.Week.Select(d => new Choice(RosterWords.Weekday(d), RosterInputs.Value(d)))])
        {
            IsRequired = true, ErrorMessage = texts["Form.Required"], Style = "compact", Value = Known(typed?.Weekday, RosterInputs.WeekdayOf(typed?.Weekday) is not null),
        });
        body.AddRange(Times(texts, typed?.Start, typed?.End));
        body.Add(new TextBlock(texts["Form.SlotExplain"]) { IsSubtle = true, Spacing = "Small" });
        body.Add(People(RosterInputs.Primary, texts["Form.Primary"], people, typed?.Primary, required: true, texts));
        body.Add(People(RosterInputs.Backup, texts["Form.Backup"], people, typed?.Backup, required: false, texts));
        return Form(title, body, ExecuteAction.For(texts["Form.Save"], new AddSlotPress(team.TeamKey)), team, texts);
    }

    public static AdaptiveCard Override(DutyChannel team, IReadOnlyList<Person> people, RosterWords words, DateOnly today, OverrideFormValues? typed = null,
        IReadOnlyList<string>? problems = null)
    {
        var texts = words.Texts;
        var title = texts["Form.OverrideTitle"];
        List<CardElement> body = [TextBlock.Heading(title), new TextBlock(words.TeamName(team)) { IsSubtle = true, Spacing = "None" }];
        body.AddRange(Problems(problems));
        body.Add(new TextBlock(texts["Form.OverrideExplain"]) { IsSubtle = true });
        body.Add(new DateInput(RosterInputs.Date, texts["Form.Date"])
        {
            IsRequired = true, ErrorMessage = texts["Form.Required"], Min = today, Value = DayKey.Parse(typed?.Date) ?? (typed is null ? today : null),
        });
        body.AddRange(Times(texts, typed?.Start, typed?.End));
        body.Add(People(RosterInputs.Person, texts["Form.Person"], people, typed?.Person, required: true, texts));
        return Form(title, body, ExecuteAction.For(texts["Form.Save"], new AddOverridePress(team.TeamKey)), team, texts);
    }

    private static IEnumerable<CardElement> Problems(IReadOnlyList<string>? problems) =>
        (problems ?? []).Select(p => new TextBlock(p) { Color = "Attention", Weight = "Bolder", Spacing = "Small" });

    private static IEnumerable<CardElement> Times(Localization.Texts texts, string? start, string? end) =>
    [
        new TimeInput(RosterInputs.Start, texts["Form.Start"]) { IsRequired = true, ErrorMessage = texts["Form.Required"], Value = RosterInputs.TimeOf(start) },
        new TimeInput(RosterInputs.End, texts["Form.End"]) { IsRequired = true, ErrorMessage = texts["Form.Required"], Value = RosterInputs.TimeOf(end) },
    ];

    /// <summary>A filtered choice (type to search) of the members; a value typed before is kept only if it is still one of them.</summary>
    private static ChoiceSetInput People(string id, string label, IReadOnlyList<Person> people, string? typed, bool required, Localization.Texts texts) =>
        new(id, label, [.. people.Select(p => new Choice(p.Name, RosterPeople.KeyOf(p)))])
        {
            IsRequired = required ? true : null,
            ErrorMessage = required ? texts["Form.Required"] : null,
            Style = "filtered",
            Value = Known(typed, people.Any(p => RosterPeople.KeyOf(p) == typed)),
        };

    private static string? Known(string? value, bool isKnown) => isKnown ? value : null;

    private static AdaptiveCard Form(string title, List<CardElement> body, ExecuteAction save, DutyChannel team, Localization.Texts texts) =>
        new(body,
        [
            save with { Style = "positive" },
            ExecuteAction.For(texts["Form.Cancel"], new ShowRosterPress(team.TeamKey)) with { AssociatedInputs = AssociatedInputs.None },
        ]) { Speak = title };
}

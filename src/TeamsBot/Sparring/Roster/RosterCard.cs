using TeamsBot.Cards;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// What the coordinator's roster card shows, and a notice above it after a change (or why it was refused);
/// <paramref name="EveryoneCanBeChosen"/>: <c>Roles:Supervisors</c> is empty, so the forms offer every member.
/// </summary>
public sealed record RosterView(DutyChannel Team, Roster Roster, RosterWeek Week, OnCallNow Now, bool SeveralTeams, string? Notice = null, bool NoticeIsProblem = false,
    bool EveryoneCanBeChosen = false);

/// <summary>
/// The coordinator's roster, in their 1:1 chat: who is on call now, the next 7 days with their gaps, the weekly slots
/// and the date overrides each with a remove button, and buttons that open the forms to add them.
/// </summary>
public static class RosterCard
{
    /// <summary>At most this many periods are listed: a week of a normal roster is well under it.</summary>
    public const int MaxPeriodsShown = 40;

    public static AdaptiveCard Build(RosterView view, RosterWords words, DateOnly today)
    {
        var texts = words.Texts;
        var team = view.Team.TeamKey;
        var title = texts.Get("Roster.Title", words.TeamName(view.Team));
        List<CardElement> body = [TextBlock.Heading(title)];
        if (view.Notice is { } notice)
        {
            body.Add(new TextBlock(notice) { Color = view.NoticeIsProblem ? "Attention" : "Good", Weight = "Bolder" });
        }

        if (view.Now.HasRoster)
        {
            body.AddRange(OnCallElements.Body(view.Now, words, today));
        }

        body.Add(Header(texts["Roster.Week"]));
        body.AddRange(view.Week.Periods.Count == 0
            ? [Subtle(texts["Roster.NoPeriods"])]
            : view.Week.Periods.Take(MaxPeriodsShown).Select(p => new TextBlock(words.Period(p)) { Spacing = "Small" }));

        body.Add(Header(texts["Roster.Gaps"]));
        body.AddRange(view.Week.Gaps.Count == 0
            ? [new TextBlock(texts["Roster.NoGaps"]) { Color = "Good", Spacing = "Small" }]
            : view.Week.Gaps.Select(g => new TextBlock(RosterWords.Span(g.From, g.Until)) { Color = "Attention", Spacing = "Small" }));

        body.Add(Header(texts["Roster.Slots"]));
        body.AddRange(view.Roster.Slots.Count == 0
            ? [Subtle(texts["Roster.NoSlots"])]
            : view.Roster.Slots.Select(s => Removable(words.Slot(s), ExecuteAction.For(texts["Roster.Remove"], new RemoveSlotPress(team, s.Id)))));

        body.Add(Header(texts["Roster.Overrides"]));
        body.AddRange(view.Roster.Overrides.Count == 0
            ? [Subtle(texts["Roster.NoOverrides"])]
            : view.Roster.Overrides.Select(o => Removable(words.Override(o), ExecuteAction.For(texts["Roster.Remove"], new RemoveOverridePress(team, o.Id)))));
        if (view.EveryoneCanBeChosen)
        {
            body.Add(new TextBlock(texts["Roster.NoSupervisorsConfigured"]) { IsSubtle = true, Spacing = "Medium" });
        }

        List<CardAction> actions =
        [
            ExecuteAction.For(texts["Roster.AddSlot"], new OpenSlotFormPress(team)) with { Style = "positive" },
            ExecuteAction.For(texts["Roster.AddOverride"], new OpenOverrideFormPress(team)),
            .. OnCallElements.Calls(view.Now, words),
        ];
        if (view.SeveralTeams)
        {
            actions.Add(ExecuteAction.For(texts["Roster.OtherTeam"], new ChooseRosterTeamPress()));
        }

        return new AdaptiveCard(body, actions) { Speak = title };
    }

    /// <summary>With several teams and none known from the coordinator's shift: which team's roster to show.</summary>
    public static AdaptiveCard ChooseTeam(IReadOnlyList<DutyChannel> teams, RosterWords words)
    {
        var texts = words.Texts;
        var names = teams.Select(words.TeamName).ToList();
        // Teams sends no channel name on some activities: two unnamed teams are told apart by their place in the list.
        var buttons = teams.Select((t, i) => ExecuteAction.For(names.Count(n => n == names[i]) > 1 ? $"{names[i]} ({i + 1})" : names[i], new ShowRosterPress(t.TeamKey)));
        return new AdaptiveCard([TextBlock.Heading(texts["OnCall.Title"]), new TextBlock(texts["Roster.ChooseTeam"])], [.. buttons]) { Speak = texts["Roster.ChooseTeam"] };
    }

    private static Container Removable(string text, CardAction remove) =>
        new([new TextBlock(text), new ActionSet([remove])]) { Spacing = "Small" };

    private static TextBlock Header(string text) => new(text) { Weight = "Bolder", Spacing = "Medium" };

    private static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = "Small" };
}

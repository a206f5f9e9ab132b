using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Cards;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>
/// The on-call roster's cards from fixed sample data (see <see cref="CardSamples"/>): Tuesday 24 November 2026, 17.00 in
/// Copenhagen; Anna is on call 16.00–22.00 with Bo as backup, Bo swaps in on Thursday morning.
/// </summary>
public static class RosterCardSamples
{
    public static readonly string[] Names =
    [
        "roster-on-call", "roster-on-call-nobody", "roster-on-call-no-roster", "roster-coordinator", "roster-coordinator-empty", "roster-choose-team",
        "roster-slot-form", "roster-slot-form-refused", "roster-override-form", "shift-board-on-call", "shift-board-nobody-on-call",
    ];

    private static readonly Person Anna = new("29:anna", "Anna Jensen", "0d9c1f5e-0000-4000-8000-000000000001");
    private static readonly Person Bo = new("29:bo", "Bo Hansen", "0d9c1f5e-0000-4000-8000-000000000002");
    private static readonly Person Carl = new("29:carl", "Carl Nielsen", "0d9c1f5e-0000-4000-8000-000000000003");
    private static readonly Uri AnnaCall = new("https://teams.microsoft.com/l/call/0/0?users=anna%40example.org");
    private static readonly DutyChannel Team = new("19:team@thread.tacv2", "19:duty@thread.tacv2", "Vagtrum", null, "tenant", DutyChannelSource.Installed, null,
        CardSamples.At(9, 0));

    private static readonly DutyChannel Night = Team with { TeamKey = "19:night@thread.tacv2", ChannelId = "19:night-duty@thread.tacv2", ChannelName = "Natholdet" };

    public static Roster SampleRoster() => new(
        [
            new WeeklySlot("8a7f3c1e2b4d4f6a9c0e1d2f3a4b5c6d", DayOfWeek.Tuesday, new TimeOnly(16, 0), new TimeOnly(22, 0), Anna, Bo),
            new WeeklySlot("9b8e4d2f3c5e4a7b8d1f2e3a4b5c6d7e", DayOfWeek.Thursday, new TimeOnly(8, 0), new TimeOnly(12, 0), Anna, null),
        ],
        [new DateOverride("1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f", new DateOnly(2026, 11, 26), new TimeOnly(8, 0), new TimeOnly(10, 0), Bo)]);

    public static AdaptiveCard Build(string name)
    {
        var words = new RosterWords(TestTexts.Create<TeamsBot.Sparring.Rosters.Strings>());
        var clock = new OrganisationClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero)), Options.Create(new OrganisationOptions()));
        var resolver = new RosterResolver(clock);
        var roster = SampleRoster();
        var week = resolver.NextSevenDays(roster);
        var now = new OnCallNow(true, week.Periods[0], AnnaCall, null, null);
        var nobody = new OnCallNow(true, null, null, null, week.Periods[1]);
        var configured = new SparringLine("Intro", "Birgit, tlf. +45 12345678", new OpenUrlAction("Ring op i Teams", new Uri("https://teams.microsoft.com/l/call/0/0?users=birgit%40example.org")));
        var people = new[] { Anna, Bo };
        var today = clock.Today;
        return name switch
        {
            "roster-on-call" => OnCallCard.Build([new TeamOnCall("Vagtrum", now)], configured, words, today),
            "roster-on-call-nobody" => OnCallCard.Build([new TeamOnCall("Vagtrum", nobody), new TeamOnCall("Natholdet", now)], configured, words, today),
            "roster-on-call-no-roster" => OnCallCard.Build([new TeamOnCall("Vagtrum", OnCallNow.NoRoster)], configured, words, today),
            "roster-coordinator" => RosterCard.Build(new RosterView(Team, roster, week, now, SeveralTeams: true,
                words.Texts.Get("Roster.Added", words.Slot(roster.Slots[1]))), words, today),
            "roster-coordinator-empty" => RosterCard.Build(new RosterView(Team, Roster.Empty, resolver.NextSevenDays(Roster.Empty), OnCallNow.NoRoster, false,
                EveryoneCanBeChosen: true), words, today),
            "roster-choose-team" => RosterCard.ChooseTeam([Team, Night], words),
            "roster-slot-form" => RosterFormCards.Slot(Team, people, words),
            "roster-slot-form-refused" => RosterFormCards.Slot(Team, people, words, new SlotFormValues("tuesday", "20:00", "25:00", Bo.EntraId, "forged"),
                [words.Refusal(new RosterRefusal(RosterRefusalReason.InvalidEnd)), words.Refusal(new RosterRefusal(RosterRefusalReason.UnknownBackup)),
                    words.Refusal(new RosterRefusal(RosterRefusalReason.NotASupervisor, Person: Carl))]),
            "roster-override-form" => RosterFormCards.Override(Team, people, words, today),
            "shift-board-on-call" => Board(RosterShiftCardAdditions.Board([week.Periods[0], week.Periods[1]], week.Periods[0], AnnaCall, words, today)),
            "shift-board-nobody-on-call" => Board(RosterShiftCardAdditions.Board([week.Periods[1]], null, null, words, today)),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static AdaptiveCard Board(CardAddition content) =>
        ShiftBoardCard.Build(CardSamples.Board(), null, TestTexts.Create<TeamsBot.Shifts.Strings>(), content: content);
}

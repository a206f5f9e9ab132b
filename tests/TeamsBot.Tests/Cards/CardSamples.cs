using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Help;
using TeamsBot.Organisation;
using TeamsBot.Overview;
using TeamsBot.Shifts;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>Every card the bot sends, in each of its states, built from fixed sample data.</summary>
public static class CardSamples
{
    public static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    public static readonly DateOnly Day = new(2026, 11, 24);
    public static readonly Uri DropIn = new("https://teams.microsoft.com/l/meetup-join/drop-in");

    public static readonly string[] Names =
    [
        "shift-board", "shift-board-empty", "start-ritual",
        "close-ritual-open", "close-ritual-sparring", "close-ritual-closed-down",
        "help", "help-unknown-command",
        "shift-board-corrected", "coordinator-shifts", "coordinator-shifts-saved", "correct-shift", "correct-shift-refused", "overview",
        .. ReflectionCardSamples.Names,
        .. ReadingCardSamples.Names,
        .. ReflectionShiftCardSamples.Names,
        .. SparringCardSamples.Names,
        .. RosterCardSamples.Names,
        .. SparringOverviewCardSamples.Names,
        .. Guidance.Cards.GuidanceCardSamples.Names,
    ];

    public static ShiftBoard Board() => ShiftBoard.Build(Day,
    [
        new Shift("c", new Person("29:anna", "Anna Jensen"), At(17, 2)),
        new Shift("c", new Person("29:bo", "Bo Hansen"), At(9, 0), At(13, 30), ShiftEnd.CheckedOut),
        new Shift("c", new Person("29:cy", "Cy Larsen"), At(1, 0), At(13, 0), ShiftEnd.ClosedByBot),
    ], Copenhagen);

    /// <summary>The coordinator's day: Anna on duty, Bo checked out, Cy closed by the bot and then corrected.</summary>
    public static IReadOnlyList<Shift> CoordinatorShifts() =>
    [
        new Shift("c", new Person("29:anna", "Anna Jensen"), At(17, 2)),
        new Shift("c", new Person("29:bo", "Bo Hansen"), At(9, 0), At(13, 30), ShiftEnd.CheckedOut),
        new Shift("c", new Person("29:cy", "Cy Larsen"), At(1, 0), At(13, 0), ShiftEnd.ClosedByBot),
        new Shift("c", new Person("29:di", "Di Holm"), At(8, 0), At(12, 15), ShiftEnd.ClosedByBot,
            Corrections: [new ShiftCorrection("29:eva", "Eva Berg", At(16, 0), At(20, 0), At(12, 15))]),
    ];

    public static DateTimeOffset At(int hour, int minute) => new(2026, 11, 24, hour, minute, 0, TimeSpan.FromHours(1));

    public static Shift ClosedShift() => new("19:c@thread.tacv2", new Person("29:anna", "Anna Jensen"), At(17, 0), At(19, 0), ShiftEnd.CheckedOut);

    /// <summary>The card <paramref name="name"/>, in the current culture.</summary>
    public static AdaptiveCard Build(string name)
    {
        var texts = TestTexts.Create<TeamsBot.Shifts.Strings>();
        var options = new ShiftOptions { DropInRoomUrl = DropIn };
        var sparring = new SparringContacts(Options.Create(new SparringOptions { Contact = new SparringContact { Name = "Birgit", Phone = "+45 12345678", TeamsUserPrincipalName = "birgit@example.org" } }),
            TestTexts.Create<TeamsBot.Sparring.Strings>());
        var closed = ClosedShift();
        var shiftRef = closed.Ref(Day);
        return name switch
        {
            "shift-board" => ShiftBoardCard.Build(Board(), DropIn, texts),
            "shift-board-empty" => ShiftBoardCard.Build(ShiftBoard.Build(Day, [], Copenhagen), null, texts),
            "start-ritual" => StartRitualCard.Build("Anna Jensen", options, sparring.Configured, texts),
            "close-ritual-open" => CloseRitualCard.Build(closed, shiftRef, options, sparring.Configured, texts, CloseRitualCard.State.Open),
            "close-ritual-sparring" => CloseRitualCard.Build(closed, shiftRef, options, sparring.Configured, texts, CloseRitualCard.State.ShowingSparring),
            "close-ritual-closed-down" => CloseRitualCard.Build(closed, shiftRef, options, sparring.Configured, texts, CloseRitualCard.State.ClosedDown, At(19, 5)),
            "help" => HelpCard.Build(TestFeatures.Commands().Describe(), TestTexts.Create<TeamsBot.Help.Strings>()),
            "help-unknown-command" => HelpCard.Build(TestFeatures.Commands().Describe(), TestTexts.Create<TeamsBot.Help.Strings>(), "/kaffe"),
            "shift-board-corrected" => ShiftBoardCard.Build(ShiftBoard.Build(Day, CoordinatorShifts(), Copenhagen), null, texts),
            "coordinator-shifts" => CoordinatorShiftsCard.Build(CoordinatorShifts(), Day, Copenhagen, texts),
            "coordinator-shifts-saved" => CoordinatorShiftsCard.Build([], Day, Copenhagen, texts, texts.Get("Correct.Saved", "Di Holm", "08.00–12.15")),
            "correct-shift" => CorrectShiftCard.Build(CoordinatorShifts()[2], ShiftKey.Of(CoordinatorShifts()[2], Day), Copenhagen, texts),
            "correct-shift-refused" => CorrectShiftCard.Build(CoordinatorShifts()[0], ShiftKey.Of(CoordinatorShifts()[0], null), Copenhagen, texts,
                texts.Get("Correct.BeforeCheckIn", "17.02"), new TimeOnly(16, 30)),
            "overview" => OverviewCard.Build(IsoWeek.Recent(Day, 2),
                [new OverviewSection(texts["Overview.Shifts"], [OverviewFigure.Counted(texts["Overview.CheckIns"], [5, 7]), OverviewFigure.Counted(texts["Overview.ClosedDown"], [3, 4])])],
                TestTexts.Create<TeamsBot.Overview.Strings>()),
            _ when ReflectionCardSamples.Names.Contains(name) => ReflectionCardSamples.Build(name),
            _ when ReadingCardSamples.Names.Contains(name) => ReadingCardSamples.Build(name),
            _ when ReflectionShiftCardSamples.Names.Contains(name) => ReflectionShiftCardSamples.Build(name),
            _ when SparringCardSamples.Names.Contains(name) => SparringCardSamples.Build(name),
            _ when RosterCardSamples.Names.Contains(name) => RosterCardSamples.Build(name),
            _ when SparringOverviewCardSamples.Names.Contains(name) => SparringOverviewCardSamples.Build(name),
            _ when Guidance.Cards.GuidanceCardSamples.Names.Contains(name) => Guidance.Cards.GuidanceCardSamples.Build(name),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }
}

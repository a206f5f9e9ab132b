using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Cards;
using TeamsBot.Organisation;
using TeamsBot.Reflections;
using TeamsBot.Shifts;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>The reflection form's part of the shift cards and its reminder, from fixed sample data (see <see cref="CardSamples"/>).</summary>
public static class ReflectionShiftCardSamples
{
    public static readonly string[] Names = ["reflection-reminder", "close-ritual-unfinished-forms"];

    public static AdaptiveCard Build(string name)
    {
        var texts = TestTexts.Create<TeamsBot.Reflections.Strings>();
        var clock = new OrganisationClock(new FakeTimeProvider(), Options.Create(new OrganisationOptions()));
        var closed = CardSamples.ClosedShift();
        var shift = new ShiftLink(closed.ChannelId, closed.CheckedInAt.UtcTicks);
        Reflection[] unfinished =
        [
            new("0f8fad5bd9cb469fa16570867728950e", closed.Counsellor, shift, CardSamples.At(17, 40)),
            new("7c9e6679742540de944be07fc1f90ae7", closed.Counsellor, shift, CardSamples.At(18, 35)),
        ];
        return name switch
        {
            "reflection-reminder" => ReminderCard.Build(unfinished[0], clock, texts),
            "close-ritual-unfinished-forms" => CloseRitualCard.Build(closed, closed.Ref(CardSamples.Day), new ShiftOptions(), Sparring().Configured,
                TestTexts.Create<TeamsBot.Shifts.Strings>(), CloseRitualCard.State.Open, addition: new CardAddition([UnfinishedForms.Build(unfinished, clock, texts)], [])),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static SparringContacts Sparring() =>
        new(Options.Create(new SparringOptions { Contact = new SparringContact { Name = "Birgit", Phone = "+45 12345678", TeamsUserPrincipalName = "birgit@example.org" } }),
            TestTexts.Create<TeamsBot.Sparring.Strings>());
}

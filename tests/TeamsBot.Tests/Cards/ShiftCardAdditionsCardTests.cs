using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Shifts;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>Where other features' additions go on the shift cards, and that the cards stay valid with them.</summary>
public sealed class ShiftCardAdditionsCardTests
{
    private static readonly OpenUrlAction Added = new("Added", new Uri("https://example.org/added"));
    private static readonly ShiftOptions Options = new() { DropInRoomUrl = CardSamples.DropIn };

    [Fact]
    public void ShiftBoardCard_WithAdditions_PutsThemAfterCheckOutAndBeforeTheDropInLink()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = ShiftBoardCard.Build(CardSamples.Board(), CardSamples.DropIn, TestTexts.Create<TeamsBot.Shifts.Strings>(), [Added]);

        Assert.Equal(["Tjek ind", "Tjek ud", "Added", "Gå til drop-in-rummet"], Titles(card));
        CardSchema.AssertValid(card);
    }

    [Fact]
    public void StartRitualCard_WithAdditions_PutsThemBeforeItsLinks()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = StartRitualCard.Build("Anna Jensen", Options, Sparring().Configured, TestTexts.Create<TeamsBot.Shifts.Strings>(), [Added]);

        Assert.Equal("Added", Titles(card)[0]);
        Assert.Equal(Titles(CardSamples.Build("start-ritual")), Titles(card)[1..]);
        CardSchema.AssertValid(card);
    }

    [Theory]
    [InlineData(CloseRitualCard.State.Open)]
    [InlineData(CloseRitualCard.State.ShowingSparring)]
    [InlineData(CloseRitualCard.State.ClosedDown)]
    public void CloseRitualCard_WithAnAddition_ShowsItsElementsAfterTheChecklistAndItsButtonsLast(CloseRitualCard.State state)
    {
        using var _ = TestTexts.Culture("da-DK");
        var shift = CardSamples.ClosedShift();
        var addition = new CardAddition([new TextBlock("Added text"), new ActionSet([Added])], [Added with { Title = "Added last" }]);
        var texts = TestTexts.Create<TeamsBot.Shifts.Strings>();
        var closedDownAt = state == CloseRitualCard.State.ClosedDown ? CardSamples.At(19, 5) : (DateTimeOffset?)null;
        var without = CloseRitualCard.Build(shift, shift.Ref(CardSamples.Day), Options, Sparring().Configured, texts, state, closedDownAt);

        var card = CloseRitualCard.Build(shift, shift.Ref(CardSamples.Day), Options, Sparring().Configured, texts, state, closedDownAt, addition);

        var afterChecklist = without.Body.ToList().FindLastIndex(e => e is TextBlock { Text: var t } && t.StartsWith("- ", StringComparison.Ordinal)) + 1;
        List<CardElement> expected = [.. without.Body.Take(afterChecklist), .. addition.Body, .. without.Body.Skip(afterChecklist)];
        Assert.Equal(CardSchema.ToJson(new AdaptiveCard(expected)), CardSchema.ToJson(new AdaptiveCard(card.Body)));
        Assert.Equal([.. Titles(without), "Added last"], Titles(card));
        CardSchema.AssertValid(card);
    }

    private static SparringContacts Sparring() =>
        new(Microsoft.Extensions.Options.Options.Create(new SparringOptions { Contact = new SparringContact { Name = "Birgit", Phone = "+45 12345678", TeamsUserPrincipalName = "birgit@example.org" } }),
            TestTexts.Create<TeamsBot.Sparring.Strings>());

    private static List<string> Titles(AdaptiveCard card) =>
        [.. JsonNode.Parse(CardSchema.ToJson(card))!["actions"]!.AsArray().Select(a => (string)a!["title"]!)];
}

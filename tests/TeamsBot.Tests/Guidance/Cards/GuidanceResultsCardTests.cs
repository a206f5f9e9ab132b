using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Cards;
using TeamsBot.Guidance;
using TeamsBot.Guidance.Cards;
using TeamsBot.Tests.Cards;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Guidance.Cards.GuidanceCardSamples;

namespace TeamsBot.Tests.Guidance.Cards;

/// <summary>The results card: what each match shows, and that nothing from a content file becomes markup or a bad link.</summary>
public sealed class GuidanceResultsCardTests
{
    private static readonly TeamsBot.Localization.Texts<TeamsBot.Guidance.Strings> Texts = TestTexts.Create<TeamsBot.Guidance.Strings>();

    private static AdaptiveCard Card(params GuidanceHit[] hits) =>
        GuidanceResultsCard.Build(new GuidanceResultsView(GuidanceKind.Referral, "skilsmisse", hits, Now, CardSamples.Copenhagen), Texts);

    private static JsonObject Json(AdaptiveCard card) => JsonNode.Parse(CardSchema.ToJson(card))!.AsObject();


    [Fact]
    public void Build_ThreeMatches_ShowTitleSummaryWithTheSampleMarkerAndStatusOfEach()
    {
        using var _ = TestTexts.Culture("da-DK");

        var text = Json(Card(Hit(Familieretshuset), Hit(Familieraadgivning), Hit(Headspace))).AllText();

        Assert.Contains("Familieretshuset (eksempel)", text, StringComparison.Ordinal);
        Assert.Contains("Eksempel: kontrollér før brug", text, StringComparison.Ordinal);
        Assert.Contains("Åben nu · lukker 15.00", text, StringComparison.Ordinal);
        Assert.Contains("Lukket · åbner torsdag 17.00", text, StringComparison.Ordinal);
        Assert.Contains("Døgnåben", text, StringComparison.Ordinal);
        Assert.Contains("For: Forældre · 0–17 år", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MoreThanThreeMatches_ShowsTheBestThree()
    {
        var card = Card(Hit(Familieretshuset), Hit(Familieraadgivning), Hit(Headspace), Hit(Hostile));

        Assert.Equal(3, card.Body.OfType<Container>().Count());
    }

    [Fact]
    public void Build_Phone_IsATelButtonOfItsDigitsAndATextLine()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = Json(Card(Hit(Familieretshuset)));

        var call = Assert.Single(card.OfCardType("Action.OpenUrl"), b => ((string)b["url"]!).StartsWith("tel:", StringComparison.Ordinal));
        Assert.Equal("tel:+4572567000", (string?)call["url"]);
        Assert.Equal("Ring 72 56 70 00", (string?)call["title"]);
        Assert.Contains("Telefon: 72 56 70 00", card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WebAddress_IsAnOpenUrlButton()
    {
        var card = Json(Card(Hit(Headspace)));

        Assert.Contains(card.OfCardType("Action.OpenUrl"), b => (string?)b["url"] == "https://headspace.dk");
    }

    [Fact]
    public void Build_JavascriptAddressAndNumber_ShownAsTextNeverAsLinks()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = Json(Card(Hit(Hostile)));

        Assert.All(card.OfCardType("Action.OpenUrl"), b => Assert.Matches("^(https?|tel):", (string)b["url"]!));
        Assert.Contains("Web: javascript:alert(1)", card.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", CardSchema.ToJson(Card(Hit(Hostile))), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Build_HtmlInTitleSummaryAndBody_NeverReachesTheCardAsMarkup()
    {
        var json = CardSchema.ToJson(Card(Hit(Hostile)));

        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('<', json);
    }

    [Fact]
    public void Build_Body_IsHiddenUntilVisMereShowsIt()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = Json(Card(Hit(Familieretshuset)));

        var more = Assert.Single(card.OfCardType("Action.ToggleVisibility"));
        Assert.Equal("Vis mere", (string?)more["title"]);
        var target = (string)more["targetElements"]![0]!;
        var body = Assert.Single(card.Objects(), o => (string?)o["id"] == target);
        Assert.False((bool)body["isVisible"]!);
        Assert.Contains("- Forælderen ringer selv", body.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoBody_HasNoVisMere()
    {
        Assert.Empty(Json(Card(Hit(Familieraadgivning))).OfCardType("Action.ToggleVisibility"));
    }

    [Fact]
    public void Build_LongBodies_CutWithANoteAndTheCardStaysUnderTeamsSizeLimit()
    {
        using var _ = TestTexts.Culture("da-DK");
        var paragraph = string.Concat(Enumerable.Repeat("Æbler og ørreder på åen er ærlige. ", 20));
        var longBody = string.Join("\n\n", Enumerable.Repeat(paragraph, 40));
        var entries = Enumerable.Range(1, 3).Select(i => Hit(Familieretshuset with { Id = $"lang{i}.md", Body = longBody })).ToArray();

        var card = Card(entries);
        var json = CardSchema.ToJson(card);

        Assert.True(Encoding.UTF8.GetByteCount(json) < 28 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");
        Assert.Equal(3, Json(card).AllText().Split('\n').Count(l => l == "Teksten er forkortet her, så kortet kan vises i Teams."));
        CardSchema.AssertValid(card);
    }

    [Fact]
    public void Build_English_SaysOpenNowAndClosesInTwentyFourHourTime()
    {
        using var _ = TestTexts.Culture("en-GB");

        var text = Json(Card(Hit(Familieretshuset), Hit(Familieraadgivning), Hit(Headspace))).AllText();

        Assert.Contains("Open now · closes 15:00", text, StringComparison.Ordinal);
        Assert.Contains("Closed · opens Thursday 17:00", text, StringComparison.Ordinal);
        Assert.Contains("Open 24/7", text, StringComparison.Ordinal);
        Assert.Contains(Json(Card(Hit(Familieretshuset))).OfCardType("Action.ToggleVisibility"), b => (string?)b["title"] == "Show more");
    }
}

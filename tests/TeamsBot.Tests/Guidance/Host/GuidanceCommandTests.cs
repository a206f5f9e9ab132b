using System.Diagnostics;
using System.Text.Json.Nodes;
using TeamsBot.Guidance;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Guidance.Host;

/// <summary>
/// <c>/henvis</c> and <c>/vejledning</c> through the real host, the real content folder loader and the real search, on
/// files written by the test. The bot's clock: Tuesday 24 November 2026, 17.00 in Copenhagen.
/// </summary>
public sealed class GuidanceCommandTests : IDisposable
{
    private readonly GuidanceContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    private static List<string> ButtonTitles(JsonObject card) => [.. card.OfCardType("Action.Execute").Select(o => (string)o["title"]!)];

    [Theory]
    [InlineData("/henvis skilsmisse", "da-DK", "Lukket · åbner i morgen 09.00")]
    [InlineData("/referral skilsmisse", "en-US", "Closed · opens tomorrow")]
    public async Task Referral_InPersonalChat_BestMatchWithItsStatusPhoneAndLink(string command, string locale, string status)
    {
        using var bot = new BotFactory(_content.Settings());

        await bot.CreateClient().PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", command, locale: locale));

        var card = bot.Connector.PersonalMessages()[^1].Card();
        var text = card.AllText();
        Assert.StartsWith("Familieretshuset (eksempel)", text.Split('\n')[2], StringComparison.Ordinal);
        Assert.Contains(status, text, StringComparison.Ordinal);
        Assert.Contains(card.Objects(), o => (string?)o["url"] == "tel:+4572567000");
        Assert.DoesNotContain("<script", card.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript", card.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Referral_InTheChannel_AnswersInTheThreadAndPostsNothingElse()
    {
        using var bot = new BotFactory(_content.Settings(), environment: "Production");

        await bot.CreateClient().PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/henvis skilsmisse"));

        var answer = Assert.Single(bot.Connector.Requests, r => r.Method == HttpMethod.Post);
        Assert.Contains(Uri.EscapeDataString(Activities.ChannelId + ";messageid="), answer.Path, StringComparison.Ordinal);
        Assert.Contains("Familieretshuset (eksempel)", answer.Card().AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/vejledning")]
    [InlineData("/guide")]
    public async Task Guide_NoWords_ListsTheProceduresAsButtons(string command)
    {
        using var bot = new BotFactory(_content.Settings());

        await bot.CreateClient().PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", command));

        Assert.Equal(["Samtalemodellen (eksempel)", "Underretning om et barn (eksempel)"], ButtonTitles(bot.Connector.PersonalMessages()[^1].Card()));
    }

    [Fact]
    public async Task Referral_NoWords_ListsTheCategoriesAndAPressSearchesThatCategory()
    {
        using var bot = new BotFactory(_content.Settings());
        var client = bot.CreateClient();
        await client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/henvis"));
        var list = bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("alkohol", ButtonTitles(list));
        var data = list.Objects().First(o => (string?)o["title"] == "alkohol")["data"]!.DeepClone().AsObject();

        var response = await client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", GuidanceSearchPress.Verb, data, inChannel: false));

        Assert.Contains("Svaret kommer som en ny besked.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Alkohollinjen (eksempel)", bot.Connector.PersonalMessages()[^1].Card().AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referral_NoMatch_SaysSoAndOffersTags()
    {
        using var bot = new BotFactory(_content.Settings());

        await bot.CreateClient().PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/henvis kaffemaskine"));

        var card = bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Ingen match for »kaffemaskine«.", card.AllText(), StringComparison.Ordinal);
        Assert.NotEmpty(ButtonTitles(card));
    }

    [Fact]
    public async Task Referral_TwoThousandCharactersOfMarkup_AnswersFastAndEchoesNoMarkup()
    {
        using var bot = new BotFactory(_content.Settings());
        var client = bot.CreateClient();
        await client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/hjælp")); // Warm the host up first.
        var query = string.Concat(Enumerable.Repeat("<script>alert(1)</script> **[x](javascript:y)** ", 60))[..2000];
        var timer = Stopwatch.StartNew();

        var response = await client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/henvis " + query));

        Assert.True(response.IsSuccessStatusCode);
        Assert.InRange(timer.ElapsedMilliseconds, 0, 2000);
        var json = bot.Connector.PersonalMessages()[^1].Card().ToJsonString();
        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:y", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Referral_OnlyPunctuation_ListsTheCategories()
    {
        using var bot = new BotFactory(_content.Settings());

        await bot.CreateClient().PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/henvis ?!…--**"));

        Assert.Contains("Vælg et emne", bot.Connector.PersonalMessages()[^1].Card().AllText(), StringComparison.Ordinal);
    }
}

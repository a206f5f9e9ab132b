using System.Text.Json.Nodes;
using TeamsBot.Guidance;
using TeamsBot.Reflections;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Reflections;

namespace TeamsBot.Tests.Guidance.Host;

/// <summary>Guidance on the other features' cards: Procedurer on the start-of-shift checklist, the directory's referrals on the reflection form.</summary>
public sealed class GuidanceShiftAndReflectionTests : IDisposable
{
    private readonly GuidanceContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task StartCard_Procedures_PressSendsTheProceduresAsANewMessageAndKeepsTheChecklist()
    {
        using var bot = new BotFactory(_content.Settings());
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var checklist = bot.Connector.PersonalMessages()[^1];
        var data = checklist.Card().ButtonData(GuidanceSearchPress.Verb);
        Assert.Contains(checklist.Card().Objects(), o => (string?)o["title"] == "Procedurer");
        var before = bot.Connector.Requests.Count;

        var answer = await client.InvokeAsync(Activities.CardAction("29:anna", "Anna Jensen", GuidanceSearchPress.Verb, data, inChannel: false));

        Assert.Equal("Svaret kommer som en ny besked.", answer.AnsweredMessage());
        var sent = Assert.Single(bot.Connector.Requests.Skip(before));
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Contains(sent.Card().Objects(), o => (string?)o["title"] == "Underretning om et barn (eksempel)");
    }

    [Fact]
    public async Task ReflectionForm_DirectoryHasReferrals_OffersTheirTitlesAndSavesTheChoice()
    {
        using var bot = new BotFactory(_content.Settings());
        var client = bot.CreateClient();

        var form = await client.RequestFormAsync(bot);

        var referrals = form.Objects().Single(o => (string?)o["id"] == ReflectionInputs.Referrals);
        Assert.Equal(["Alkohollinjen (eksempel)", "Familieretshuset (eksempel)", "Headspace (eksempel)", "Ingen henvisning"],
            referrals["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        var filled = ReflectionHost.Filled(form.FormId());
        filled[ReflectionInputs.Referrals] = "henvisninger/headspace";
        var saved = (await client.SubmitAsync(filled)).AnsweredCard();
        Assert.Contains("Headspace (eksempel)", saved.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReflectionForm_ConfiguredReferrals_WinOverTheDirectory()
    {
        using var bot = new BotFactory(_content.Settings(new()
        {
            ["Reflections:Referrals:0:Value"] = "own", ["Reflections:Referrals:0:Da"] = "Egen liste", ["Reflections:Referrals:0:En"] = "Own list",
        }));

        var form = await bot.CreateClient().RequestFormAsync(bot);

        var referrals = form.Objects().Single(o => (string?)o["id"] == ReflectionInputs.Referrals);
        Assert.Equal(["own"], referrals["choices"]!.AsArray().Select(c => (string)c!["value"]!));
    }
}

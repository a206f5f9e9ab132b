using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Organisation;
using TeamsBot.Reflections;
using TeamsBot.Reflections.Overview;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>The reflections' part of /overblik: counts for coordinators, never a private text unless shared.</summary>
public sealed class ReflectionsOverviewTests : IDisposable
{
    private const string Coordinator = "29:cy";
    private const string SharedText = "Jeg tænker stadig på moren i aftes.";
    private const string UnsharedText = "Det her er kun til mig selv.";
    private static readonly Person Anna = new("29:anna", "Anna Jensen");
    private static readonly Person Bo = new("29:bo", "Bo Hansen");
    private static readonly Person Di = new("29:di", "Di Holm");

    private readonly BotFactory _bot = new(new() { ["Roles:Coordinators:0"] = Activities.EntraIdOf(Coordinator) });
    private readonly HttpClient _client;

    public ReflectionsOverviewTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private IReflectionStore Store => _bot.Services.GetRequiredService<IReflectionStore>();

    private async Task<Reflection> SubmitAsync(Person counsellor, string[] topics, string privateText = "", bool share = false, ContactForm form = ContactForm.Phone)
    {
        var issued = await Store.IssueAsync(Reflection.Issue(counsellor, null, _bot.Time.GetUtcNow()), default);
        var answers = new ReflectionAnswers(form, 30, topics, ["gp"], ChildConcern: topics.Contains("violence"), Feeling: 4, SparringNeed.Now, share, privateText);
        return (await Store.SubmitAsync(counsellor.TeamsId, issued.FormId, answers, _bot.Time.GetUtcNow(), null, default)).Reflection!;
    }

    private async Task<JsonObject> OverviewAsync()
    {
        await _client.PostAsync(Activities.PersonalMessage(Coordinator, "Cy Larsen", "/overblik"));
        return _bot.Connector.PersonalMessages()[^1].Card();
    }

    private static Dictionary<string, string> Facts(JsonNode container) =>
        container["items"]!.AsArray().Where(e => (string?)e!["type"] == "FactSet").SelectMany(f => f!["facts"]!.AsArray())
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    private static JsonNode Week(JsonObject card, string heading) => card["body"]!.AsArray()
        .Single(e => (string?)e!["type"] == "Container" && ((string?)e["items"]![0]!["text"])!.StartsWith(heading, StringComparison.Ordinal))!;

    private async Task<JsonObject> PressAsync(string userId, string verb, JsonObject data, bool inChannel = false)
    {
        var response = await _client.PostAsync(Activities.CardAction(userId, userId, verb, data, inChannel: inChannel));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task Overblik_Coordinator_CompletionPerCounsellorFirstThenTheWeeksCounts()
    {
        await SubmitAsync(Anna, ["divorce", "violence"], UnsharedText);
        await Store.IssueAsync(Reflection.Issue(Anna, null, _bot.Time.GetUtcNow()), default); // Anna's second call: no reflection yet.
        await SubmitAsync(Bo, ["divorce"], form: ContactForm.Chat);
        await SubmitAsync(Di, ["loneliness"]);

        var card = await OverviewAsync();

        // The first thing after the title: whether reflection happens, per counsellor, lowest share first.
        var lead = card["body"]![2]!;
        Assert.Contains("3 af 4 (75 %)", lead.AllText(), StringComparison.Ordinal);
        Assert.Equal(["Anna Jensen", "Bo Hansen", "Di Holm"], Facts(lead).Keys);
        Assert.Equal("1 af 2 (50 %)", Facts(lead)["Anna Jensen"]);
        var week = Facts(Week(card, "Uge 48"));
        Assert.Equal("4", week["Samtaler registreret"]);
        Assert.Equal("3 af 4 (75 %)", week["Refleksionsskemaer udfyldt"]);
        Assert.Equal("telefon 2 · chat 1", week["Kontaktform"]);
        Assert.Equal("90", week["Minutter i alt"]);
        Assert.Equal("Skilsmisse og samarbejde om børnene 2 · Vold eller overgreb 1 · Ensomhed 1", week["Emner"]);
        Assert.Equal("1", week["Bekymring for et barn"]);
        Assert.Equal("3 (nu 3)", week["Behov for sparring"]);
        Assert.Equal("–", Facts(Week(card, "Uge 47"))["Refleksionsskemaer udfyldt"]);
        Assert.DoesNotContain(UnsharedText, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overblik_ReflectionsFromTwoCounsellors_TopicsAndFeelingsTooFewToShow()
    {
        await SubmitAsync(Anna, ["divorce"]);
        await SubmitAsync(Anna, ["violence"]);
        await SubmitAsync(Bo, ["divorce"]);

        var week = Facts(Week(await OverviewAsync(), "Uge 48"));

        Assert.Equal("For få rådgivere til at vise det (færre end 3)", week["Emner"]);
        Assert.Equal("For få rådgivere til at vise det (færre end 3)", week["Sådan var samtalen, 1–5 (antal)"]);
        Assert.Equal("3 af 3 (100 %)", week["Refleksionsskemaer udfyldt"]);
    }

    [Fact]
    public async Task Overblik_SharedReflection_ListedAndOpensWithItsPrivateText()
    {
        await SubmitAsync(Anna, ["divorce"], SharedText, share: true);
        await SubmitAsync(Bo, ["divorce"], UnsharedText);

        var card = await OverviewAsync();
        Assert.DoesNotContain(SharedText, card.ToJsonString(), StringComparison.Ordinal); // Listed, not shown, until opened.
        var read = card.ButtonData(ReadSharedReflectionPress.Verb);
        Assert.Equal(Anna.TeamsId, (string?)read["counsellorId"]);
        Assert.Contains("Anna Jensen · ", card["body"]!.AsArray()[^1]!.AllText(), StringComparison.Ordinal);

        var opened = await PressAsync(Coordinator, ReadSharedReflectionPress.Verb, read);

        Assert.Contains(SharedText, opened["value"]!.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Skilsmisse", opened["value"]!.AllText(), StringComparison.Ordinal); // Topics stay within the group rule.
        Assert.NotNull(opened["value"]!.ButtonData(TeamsBot.Overview.ShowOverviewPress.Verb));
        var stored = await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable);
        Assert.All(stored, row => Assert.DoesNotContain(((IDictionary<string, object>)row).Values, v => v is string text && text.Contains("moren i aftes", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReadSharedPress_ReflectionNotShared_RefusedWithoutItsText()
    {
        var unshared = await SubmitAsync(Bo, ["divorce"], UnsharedText);

        var answer = await PressAsync(Coordinator, ReadSharedReflectionPress.Verb, new JsonObject { ["counsellorId"] = Bo.TeamsId, ["formId"] = unshared.FormId });

        Assert.DoesNotContain(UnsharedText, answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("kan ikke vises", answer["value"]!.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("29:bo", false)]
    [InlineData(Coordinator, true)]
    public async Task ReadSharedPress_NotACoordinatorOrNotInThePersonalChat_RefusedWithoutItsText(string presser, bool inChannel)
    {
        var shared = await SubmitAsync(Anna, ["divorce"], SharedText, share: true);

        var answer = await PressAsync(presser, ReadSharedReflectionPress.Verb, new JsonObject { ["counsellorId"] = Anna.TeamsId, ["formId"] = shared.FormId }, inChannel);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.DoesNotContain(SharedText, answer.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overblik_NoCallsRegistered_SaysSoAndShowsDashes()
    {
        var card = await OverviewAsync();

        Assert.Contains("Ingen samtaler registreret i de fem uger.", card["body"]![2]!.AllText(), StringComparison.Ordinal);
        Assert.Equal("–", Facts(Week(card, "Uge 48"))["Refleksionsskemaer udfyldt"]);
        Assert.Contains("Ingen har delt en refleksion", card["body"]!.AsArray()[^1]!.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overblik_NonCoordinatorWithReflections_GetsNoFigures()
    {
        await SubmitAsync(Anna, ["divorce"], SharedText, share: true);

        await _client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/overblik"));

        var reply = _bot.Connector.PersonalMessages()[^1];
        Assert.Null(reply.Json!["attachments"]);
        Assert.StartsWith("Det er kun koordinatorer", reply.Text(), StringComparison.Ordinal);
    }
}

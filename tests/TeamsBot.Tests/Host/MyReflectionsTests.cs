using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Organisation;
using TeamsBot.Reflections;
using TeamsBot.Reflections.Mine;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>/mine: a counsellor's own reflections in the 1:1 chat, to open and delete.</summary>
public sealed class MyReflectionsTests : IDisposable
{
    private const string AnnasText = "Jeg blev selv ked af det.";
    private static readonly Person Anna = new("29:anna", "Anna Jensen");
    private static readonly Person Bo = new("29:bo", "Bo Hansen");

    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public MyReflectionsTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private IReflectionStore Store => _bot.Services.GetRequiredService<IReflectionStore>();

    private async Task<Reflection> SubmitAsync(Person counsellor, int minutes, string privateText = "", bool share = false)
    {
        var issued = await Store.IssueAsync(Reflection.Issue(counsellor, null, _bot.Time.GetUtcNow()), default);
        var answers = new ReflectionAnswers(ContactForm.Phone, minutes, ["loneliness"], ["gp"], false, 2, SparringNeed.None, share, privateText);
        return (await Store.SubmitAsync(counsellor.TeamsId, issued.FormId, answers, _bot.Time.GetUtcNow(), null, default)).Reflection!;
    }

    private async Task<JsonObject> TypeAsync(string text, string locale = "da-DK")
    {
        await _client.PostAsync(Activities.PersonalMessage(Anna.TeamsId, Anna.Name, text, locale: locale));
        return _bot.Connector.PersonalMessages()[^1].Card();
    }

    private async Task<JsonObject> PressAsync(string verb, JsonObject data, bool inChannel = false)
    {
        var response = await _client.PostAsync(Activities.CardAction(Anna.TeamsId, Anna.Name, verb, data, inChannel: inChannel));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static int Listed(JsonNode card) =>
        card["body"]!.AsArray().Count(e => (string?)e!["type"] == "Container");

    [Theory]
    [InlineData("/mine", "da-DK", "Dine refleksioner")]
    [InlineData("/mine refleksioner", "da-DK", "Dine refleksioner")]
    [InlineData("/my reflections", "en-US", "Your reflections")]
    public async Task Mine_InThePersonalChat_ListsOwnSubmittedReflectionsOfTheLast30Days(string command, string locale, string title)
    {
        await SubmitAsync(Anna, 55);
        _bot.Time.Advance(TimeSpan.FromDays(31));
        await SubmitAsync(Anna, 25, AnnasText, share: true);
        await Store.IssueAsync(Reflection.Issue(Anna, null, _bot.Time.GetUtcNow()), default); // Not filled in: nothing to read.
        await SubmitAsync(Bo, 40);

        var card = await TypeAsync(command, locale);

        Assert.Equal(title, (string?)card["body"]![0]!["text"]);
        Assert.Equal(1, Listed(card));
        var text = card.AllText();
        Assert.Contains("25 min", text, StringComparison.Ordinal);
        Assert.DoesNotContain("55 min", text, StringComparison.Ordinal);
        Assert.DoesNotContain("40 min", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AnnasText, text, StringComparison.Ordinal); // The private text shows only when opened.
    }

    [Fact]
    public async Task Mine_InAChannel_PointsToThePersonalChatWithoutAList()
    {
        await SubmitAsync(Anna, 25, AnnasText);

        await _client.PostAsync(Activities.ChannelMessage(Anna.TeamsId, Anna.Name, "/mine"));

        var reply = _bot.Connector.ThreadReplies()[^1];
        Assert.Null(reply.Json!["attachments"]);
        Assert.Contains("1:1-chat", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Connector.Requests, r => r.Body?.Contains("25 min", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task OpenPress_OwnReflection_ShowsTheAnswersAndTheDecryptedPrivateText()
    {
        await SubmitAsync(Anna, 25, AnnasText);
        var list = await TypeAsync("/mine");

        var opened = await PressAsync(MyReflectionsVerbs.Open, list.ButtonData(MyReflectionsVerbs.Open));

        var text = opened["value"]!.AllText();
        Assert.Contains(AnnasText, text, StringComparison.Ordinal);
        Assert.Contains("Ensomhed", opened["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenPress_TheAnswerCarryingThePrivateText_IsNotStoredInPlainText()
    {
        await SubmitAsync(Anna, 25, AnnasText);
        var list = await TypeAsync("/mine");

        await PressAsync(MyReflectionsVerbs.Open, list.ButtonData(MyReflectionsVerbs.Open));

        var rows = await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.DoesNotContain(((IDictionary<string, object>)row).Values, v => v is string text && text.Contains("ked af det", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OpenPress_SomeoneElsesFormId_FindsNothing()
    {
        var bos = await SubmitAsync(Bo, 40, "Bos egen tekst.");

        var answer = await PressAsync(MyReflectionsVerbs.Open, new JsonObject { ["formId"] = bos.FormId });

        Assert.DoesNotContain("Bos egen tekst.", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("findes ikke længere", answer["value"]!.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletePress_OwnReflection_DeletedAndGoneFromTheList()
    {
        await SubmitAsync(Anna, 25);
        _bot.Time.Advance(TimeSpan.FromMinutes(30));
        var newest = await SubmitAsync(Anna, 35, AnnasText);
        var list = await TypeAsync("/mine");

        var answer = await PressAsync(MyReflectionsVerbs.Delete, list.ButtonData(MyReflectionsVerbs.Delete)); // The first listed: the newest.

        var text = answer["value"]!.AllText();
        Assert.Contains("er slettet", text, StringComparison.Ordinal);
        Assert.Equal(1, Listed(answer["value"]!));
        Assert.Contains("25 min", text, StringComparison.Ordinal);
        var stored = await Store.GetAsync(Anna.TeamsId, newest.FormId, default);
        Assert.Equal(ReflectionState.Deleted, stored!.State);
        Assert.Null(stored.ProtectedPrivateText);
    }

    [Theory]
    [InlineData("/mine slet alt", "da-DK")]
    [InlineData("/my reflections delete all", "en-US")]
    public async Task MineDeleteAll_AsksFirstAndDeletesOnlyOnYes(string command, string locale)
    {
        var first = await SubmitAsync(Anna, 25, AnnasText);
        var second = await SubmitAsync(Anna, 35);
        var bos = await SubmitAsync(Bo, 40);

        var question = await TypeAsync(command, locale);
        Assert.Equal(ReflectionState.Submitted, (await Store.GetAsync(Anna.TeamsId, first.FormId, default))!.State); // Nothing yet.

        var answer = await PressAsync(MyReflectionsVerbs.DeleteAll, question.ButtonData(MyReflectionsVerbs.DeleteAll));

        Assert.Equal(0, Listed(answer["value"]!));
        Assert.Equal(ReflectionState.Deleted, (await Store.GetAsync(Anna.TeamsId, first.FormId, default))!.State);
        Assert.Equal(ReflectionState.Deleted, (await Store.GetAsync(Anna.TeamsId, second.FormId, default))!.State);
        Assert.Equal(ReflectionState.Submitted, (await Store.GetAsync(Bo.TeamsId, bos.FormId, default))!.State);
    }

    [Fact]
    public async Task MineDeleteAll_No_KeepsEverythingAndShowsTheList()
    {
        var reflection = await SubmitAsync(Anna, 25);
        var question = await TypeAsync("/mine slet alt");

        var answer = await PressAsync(MyReflectionsVerbs.Show, question.ButtonData(MyReflectionsVerbs.Show));

        Assert.Equal(1, Listed(answer["value"]!));
        Assert.Equal(ReflectionState.Submitted, (await Store.GetAsync(Anna.TeamsId, reflection.FormId, default))!.State);
    }

    [Fact]
    public async Task MinePress_OutsideThePersonalChat_RefusedWithoutAList()
    {
        await SubmitAsync(Anna, 25, AnnasText);

        var answer = await PressAsync(MyReflectionsVerbs.Show, [], inChannel: true);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.DoesNotContain("25 min", answer.ToJsonString(), StringComparison.Ordinal);
    }
}

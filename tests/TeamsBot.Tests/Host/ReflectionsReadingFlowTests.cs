using TeamsBot.Reflections.Mine;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Reflections;

namespace TeamsBot.Tests.Host;

/// <summary>From the form to reading it: a shared reflection reaches /mine and the coordinator, and deleting it withdraws it.</summary>
public sealed class ReflectionsReadingFlowTests : IDisposable
{
    private const string Coordinator = "29:cy";
    private const string Shared = "Jeg vil gerne tale om den her samtale.";

    private readonly BotFactory _bot = new(new() { ["Roles:Coordinators:0"] = Activities.EntraIdOf(Coordinator) });
    private readonly HttpClient _client;

    public ReflectionsReadingFlowTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private async Task<string> OverviewTextAsync()
    {
        await _client.PostAsync(Activities.PersonalMessage(Coordinator, "Cy Larsen", "/overblik"));
        return _bot.Connector.PersonalMessages()[^1].Card().AllText();
    }

    [Fact]
    public async Task SubmittedSharedForm_InMineAndTheOverview_UntilItsCounsellorDeletesIt()
    {
        var form = await _client.RequestFormAsync(_bot);
        var filled = ReflectionHost.Filled(form.FormId(), Shared);
        filled["share"] = "true";
        await _client.SubmitAsync(filled);

        await _client.PostAsync(Activities.PersonalMessage(ReflectionHost.Anna, ReflectionHost.AnnaName, "/mine"));
        var mine = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Delt med koordinatoren", mine.AllText(), StringComparison.Ordinal);
        var overview = await OverviewTextAsync();
        Assert.Contains("Anna Jensen · ", overview, StringComparison.Ordinal);
        Assert.Contains("1 af 1 (100 %)", overview, StringComparison.Ordinal);
        Assert.DoesNotContain(Shared, overview, StringComparison.Ordinal);

        await _client.InvokeAsync(Activities.CardAction(ReflectionHost.Anna, ReflectionHost.AnnaName, MyReflectionsVerbs.Delete,
            mine.ButtonData(MyReflectionsVerbs.Delete), inChannel: false));

        var after = await OverviewTextAsync();
        Assert.DoesNotContain("Anna Jensen", after, StringComparison.Ordinal);
        Assert.Contains("Ingen har delt en refleksion", after, StringComparison.Ordinal);
    }
}

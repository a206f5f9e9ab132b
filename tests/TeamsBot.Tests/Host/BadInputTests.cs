using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

public sealed class BadInputTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public BadInputTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private async Task<(HttpStatusCode Status, JsonObject Problem)> PostRawAsync(string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task MalformedJson_400WithProblem()
    {
        var (status, problem) = await PostRawAsync("{\"type\": \"message\", ");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not a valid activity", (string)problem["detail"]!, StringComparison.Ordinal);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task WrongContentType_400WithProblem()
    {
        var (status, problem) = await PostRawAsync(Activities.ChannelMessage("29:a", "A", "/checkin").ToJsonString(), "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("application/json", (string)problem["detail"]!, StringComparison.Ordinal);
        await AssertNothingHappenedAsync();
    }

    private async Task AssertNothingHappenedAsync()
    {
        Assert.Empty(_bot.Connector.Requests);
        Assert.Empty(await _bot.StoredRowsAsync());
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    [InlineData("from")]
    public async Task MissingRequiredField_400NamingTheField(string field)
    {
        var activity = Activities.ChannelMessage("29:a", "A", "/checkin");
        activity.Remove(field);

        var (status, problem) = await PostRawAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, (string)problem["detail"]!, StringComparison.Ordinal);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task BodyOver256KB_413AndNothingStored()
    {
        var activity = Activities.ChannelMessage("29:a", "A", "/checkin " + new string('x', 300 * 1024));

        var (status, _) = await PostRawAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task UnknownInvoke_501()
    {
        var activity = Activities.CardAction("29:a", "A", "x");
        activity["name"] = "composeExtension/query";

        var response = await _client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task CardInvokeWithoutAction_400WithErrorBody()
    {
        var activity = Activities.CardAction("29:a", "A", "x");
        activity["value"] = new JsonObject();

        var response = await _client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("action", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownActivityType_200AndIgnored()
    {
        var activity = Activities.ChannelMessage("29:a", "A", "/checkin");
        activity["type"] = "somethingNew";
        activity["brandNewField"] = new JsonObject { ["x"] = 1 };

        var response = await _client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
    }

    [Fact]
    public async Task HelpAndUnknownCommand_ShowHelpCardListingEveryCommand()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:a", "A", "/hjælp"));
        await _client.PostAsync(Activities.ChannelMessage("29:a", "A", "/kaffe"));

        var replies = _bot.Connector.ThreadReplies();
        Assert.Equal(2, replies.Count);
        Assert.All(replies, r => Assert.Contains("/checkout", r.Body, StringComparison.Ordinal));
        Assert.Contains("Den kommando kender jeg ikke: /kaffe", replies[1].Body, StringComparison.Ordinal);
        foreach (var command in TestFeatures.Commands().Commands)
        {
            Assert.All(replies, r => Assert.Contains(command.Display, r.Body, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Healthz_AnswersOk()
    {
        var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

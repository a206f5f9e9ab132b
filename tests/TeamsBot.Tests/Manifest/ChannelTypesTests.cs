using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Manifest;

/// <summary>A confidential duty room is often a private channel, or shared with another team: the app must be offered there.</summary>
public sealed class ChannelTypesTests
{
    [Fact]
    public void Manifest_SupportedChannelTypes_PrivateAndSharedAndValid()
    {
        var manifest = ManifestFiles.Read("manifest.json");

        var types = manifest["supportedChannelTypes"]?.AsArray().Select(t => (string)t!).Order().ToList();

        Assert.Equal(["privateChannels", "sharedChannels"], types);
        Assert.Empty(ManifestFiles.Errors(ManifestFiles.ManifestSchema, manifest));
    }

    [Theory]
    [InlineData("standardChannels")]
    [InlineData("privatechannels")]
    public void Manifest_UnknownChannelType_RejectedBySchema(string channelType)
    {
        var manifest = ManifestFiles.Read("manifest.json");
        manifest["supportedChannelTypes"] = new JsonArray("sharedChannels", channelType);

        Assert.NotEmpty(ManifestFiles.Errors(ManifestFiles.ManifestSchema, manifest));
    }
}

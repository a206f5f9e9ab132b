using Microsoft.Extensions.Options;
using TeamsBot.Guidance.Content;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Guidance.Content;

public sealed class ContentFolderTests : IDisposable
{
    private readonly ContentFiles _root = new();
    private readonly ContentFiles _app = new();

    public void Dispose()
    {
        _root.Dispose();
        _app.Dispose();
    }

    [Fact]
    public void Resolve_RelativeUnderTheContentRoot_ThatOne()
    {
        Directory.CreateDirectory(Path.Combine(_root.Root, "content"));
        Directory.CreateDirectory(Path.Combine(_app.Root, "content"));

        Assert.Equal(Path.Combine(_root.Root, "content"), ContentFolder.Resolve("content", _root.Root, _app.Root));
    }

    [Fact]
    public void Resolve_RelativeOnlyBesideTheApp_TheCopyBesideTheApp()
    {
        Directory.CreateDirectory(Path.Combine(_app.Root, "content"));

        Assert.Equal(Path.Combine(_app.Root, "content"), ContentFolder.Resolve("content", _root.Root, _app.Root));
    }

    [Fact]
    public void Resolve_RelativeNowhere_UnderTheContentRootWhereItWillBeLookedFor()
    {
        Assert.Equal(Path.Combine(_root.Root, "content"), ContentFolder.Resolve("content", _root.Root, _app.Root));
    }

    [Fact]
    public void Resolve_Absolute_AsItIs()
    {
        Assert.Equal(_app.Root, ContentFolder.Resolve(_app.Root, _root.Root, "/elsewhere"));
    }

    [Fact]
    public void RepositoryContent_EveryFile_LoadsWithoutProblemsAndIsCopiedBesideTheApp()
    {
        var inRepo = GuidanceFolderLoader.LoadAll(RepoPaths.InRepo("content"));
        var besideTests = GuidanceFolderLoader.LoadAll(Path.Combine(AppContext.BaseDirectory, "content"));

        Assert.NotEmpty(inRepo.Files);
        Assert.Empty(inRepo.Files.Values.Where(f => f.Parsed.Problems.Count > 0).Select(f => $"{f.Id}: {string.Join("; ", f.Parsed.Problems)}"));
        Assert.Equal(inRepo.Files.Keys.Order(StringComparer.Ordinal), besideTests.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Guidance:RescanInterval", "00:00:00")]
    [InlineData("Guidance:Debounce", "00:05:00")]
    public void Start_UnreasonableTimes_RefusedNamingTheKeys(string key, string value)
    {
        using var bot = new BotFactory(new() { [key] = value });

        var refused = Assert.ThrowsAny<OptionsValidationException>(() => bot.CreateClient());

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
    }
}

using TeamsBot.Guidance.Content;

namespace TeamsBot.Tests.Guidance.Content;

public sealed class GuidanceFolderLoaderTests : IDisposable
{
    private readonly ContentFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void LoadAll_NestedFiles_IdsRelativeWithSlashes()
    {
        _files.Write("henvisninger/unge/headspace.md", ContentFiles.Referral("Headspace"));
        _files.Write("underretning.MD", ContentFiles.Referral("Underretning"));

        var scan = GuidanceFolderLoader.LoadAll(_files.Root);

        Assert.Equal(["henvisninger/unge/headspace.md", "underretning.MD"], scan.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Headspace", scan.Files["henvisninger/unge/headspace.md"].Parsed.Entry!.Title);
        Assert.Equal("henvisninger/unge/headspace.md", scan.Files["henvisninger/unge/headspace.md"].Parsed.Entry!.Id);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("henvisninger/readme.md")]
    [InlineData("_skabelon.md")]
    [InlineData("_kladder/ny.md")]
    [InlineData(".git/x.md")]
    [InlineData("noter.txt")]
    [InlineData("headspace.md.bak")]
    public void LoadAll_NotContent_Ignored(string id)
    {
        _files.Write(id, "not even front matter");

        var scan = GuidanceFolderLoader.LoadAll(_files.Root);

        Assert.Empty(scan.Files);
    }

    [Fact]
    public void LoadAll_MissingFolder_EmptyAndSaysSo()
    {
        var scan = GuidanceFolderLoader.LoadAll(Path.Combine(_files.Root, "nowhere"));

        Assert.False(scan.FolderExists);
        Assert.Empty(scan.Files);
    }

    [Fact]
    public void LoadAll_UnchangedFile_ReusesTheEarlierParse()
    {
        _files.Write("a.md", ContentFiles.Referral("A"));
        _files.Write("b.md", ContentFiles.Referral("B"));
        var first = GuidanceFolderLoader.LoadAll(_files.Root);
        _files.Write("b.md", ContentFiles.Referral("B2"));

        var second = GuidanceFolderLoader.LoadAll(_files.Root, first);

        Assert.Same(first.Files["a.md"], second.Files["a.md"]);
        Assert.Equal("B2", second.Files["b.md"].Parsed.Entry!.Title);
        Assert.NotEqual(first.Files["b.md"].Hash, second.Files["b.md"].Hash);
    }

    [Fact]
    public void LoadAll_TwoThousandFiles_EveryOneRead()
    {
        for (var i = 0; i < 2000; i++)
        {
            _files.Write($"gen/{i % 20}/entry-{i}.md", ContentFiles.Referral($"Tjeneste {i}", "hours: [\"mon-fri 09:00-15:00\", \"thu 17:00-19:00\"]\n"));
        }

        var scan = GuidanceFolderLoader.LoadAll(_files.Root);

        Assert.Equal(2000, scan.Files.Count);
        Assert.All(scan.Files.Values, f => Assert.NotNull(f.Parsed.Entry));
    }
}

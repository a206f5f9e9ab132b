namespace TeamsBot.Tests.Manifest;

public sealed class IconTests
{
    [Fact]
    public void ColorIcon_Size_Is192Square()
    {
        var icon = PngImage.Read(ManifestFiles.PathOf(IconName("color")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void ColorIcon_Background_IsOneSolidOpaqueColour()
    {
        var icon = PngImage.Read(ManifestFiles.PathOf(IconName("color")));

        // Teams wants a solid (or fully transparent) square with the symbol inside the central 96×96.
        var corner = icon[0, 0];
        Assert.Equal(255, corner.A);
        var outsideSymbol = icon.Pixels().Where(p => p.X < 48 || p.X >= 144 || p.Y < 48 || p.Y >= 144);
        Assert.All(outsideSymbol, p => Assert.Equal(corner, p.Pixel));
        Assert.Contains(icon.Pixels(), p => p.Pixel != corner);
    }

    [Fact]
    public void ColorIcon_Background_IsTheAccentColour()
    {
        var icon = PngImage.Read(ManifestFiles.PathOf(IconName("color")));
        var (r, g, b, _) = icon[0, 0];

        Assert.Equal(ManifestFiles.Read("manifest.json")["accentColor"]!.GetValue<string>(), $"#{r:X2}{g:X2}{b:X2}", ignoreCase: true);
    }

    [Fact]
    public void OutlineIcon_Size_Is32Square()
    {
        var icon = PngImage.Read(ManifestFiles.PathOf(IconName("outline")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_Pixels_AreWhiteOrFullyTransparent()
    {
        var icon = PngImage.Read(ManifestFiles.PathOf(IconName("outline")));

        Assert.Empty(NotWhiteOnTransparent(icon));
        Assert.Contains(icon.Pixels(), p => p.Pixel.A == 255);
        Assert.Contains(icon.Pixels(), p => p.Pixel.A == 0);
    }

    [Fact]
    public void OutlineCheck_ColourIcon_IsRejected()
    {
        // The colour icon has teal pixels: the outline check must catch them, or it checks nothing.
        var colour = PngImage.Read(ManifestFiles.PathOf(IconName("color")));

        Assert.NotEmpty(NotWhiteOnTransparent(colour));
    }

    /// <summary>Pixels that are neither white (255, 255, 255, any alpha) nor fully transparent.</summary>
    private static List<(int X, int Y)> NotWhiteOnTransparent(PngImage icon) =>
        [.. icon.Pixels().Where(p => p.Pixel.A != 0 && (p.Pixel.R, p.Pixel.G, p.Pixel.B) != (255, 255, 255)).Select(p => (p.X, p.Y))];

    private static string IconName(string kind) => ManifestFiles.Read("manifest.json")["icons"]![kind]!.GetValue<string>();
}

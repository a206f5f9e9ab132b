namespace ManifestPackager;

internal static class Program
{
    private static int Main(string[] args) =>
        PackagerCommand.Run(args, Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable, Console.Out, Console.Error);
}

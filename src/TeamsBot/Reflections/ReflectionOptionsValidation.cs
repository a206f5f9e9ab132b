using Microsoft.Extensions.Options;

namespace TeamsBot.Reflections;

/// <summary>Reports every problem of the reflection settings at start-up, each naming the key to fix.</summary>
internal sealed class ReflectionOptionsValidation : IValidateOptions<ReflectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ReflectionOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

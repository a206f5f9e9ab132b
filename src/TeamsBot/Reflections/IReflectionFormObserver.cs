namespace TeamsBot.Reflections;

/// <summary>
/// What other features hook into a form's life without this feature knowing them: a reminder scheduled when a form
/// is sent and cancelled when it is saved, a sparring need routed. Called after the change is stored, best effort:
/// an observer that throws is logged and does not undo the change or the counsellor's answer.
/// </summary>
public interface IReflectionFormObserver
{
    /// <summary>The form reached the counsellor's 1:1 chat.</summary>
    Task OnIssuedAsync(Reflection form, CancellationToken cancellationToken);

    /// <summary>The form was saved (once; not on a repeated press).</summary>
    Task OnSubmittedAsync(Reflection form, CancellationToken cancellationToken);
}

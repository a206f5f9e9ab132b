using TeamsBot.Sparring;

namespace TeamsBot.Tests.Sparring;

public sealed class SparringCommandTextTests
{
    [Theory]
    [InlineData(null, SparringUrgency.Now, null)]
    [InlineData("   ", SparringUrgency.Now, null)]
    [InlineData("nu", SparringUrgency.Now, null)]
    [InlineData("Nu er jeg ked af det", SparringUrgency.Now, "Nu er jeg ked af det")]
    [InlineData("now, a short note", SparringUrgency.Now, "a short note")]
    [InlineData("senere", SparringUrgency.LaterInShift, null)]
    [InlineData("LATER: about a call", SparringUrgency.LaterInShift, "about a call")]
    [InlineData("afterShift a note", SparringUrgency.AfterShift, "a note")]
    [InlineData("eftervagten. Om i går", SparringUrgency.AfterShift, "Om i går")]
    [InlineData("Senerehen en note", SparringUrgency.Now, "Senerehen en note")]
    public void Parse_WhatFollowsTheCommand_ReadsTheUrgencyWordAndTheNote(string? typed, SparringUrgency urgency, string? note)
    {
        var parsed = SparringCommandText.Parse(typed);

        Assert.Equal((urgency, note), parsed);
    }

    [Fact]
    public void Parse_AVeryLongNote_KeepsOnlyTheFirstCharacters()
    {
        var parsed = SparringCommandText.Parse(new string('x', 2000));

        Assert.Equal(SparringCommandText.MaxNoteLength, parsed.Note!.Length);
    }
}

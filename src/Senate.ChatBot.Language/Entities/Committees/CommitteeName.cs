namespace Senate.ChatBot.Language.Entities.Committees;

/// <summary>
/// A committee as people may name it: the official Thai and English names and optional short names people
/// use ("กมธ.ทุจริต"). Topic words are also taken from the official names themselves.
/// </summary>
public sealed record CommitteeName(string Id, string Thai, string English, IReadOnlyList<string>? Aliases = null);

/// <summary>
/// Where committee names come from. The built-in <see cref="StandingCommittees"/> is the default; the
/// meetings feature can register its own source (from its meeting data) in its place.
/// </summary>
public interface ICommitteeNameSource
{
    /// <summary>The current list; return the same instance while it has not changed (matchers are cached per list).</summary>
    IReadOnlyList<CommitteeName> Committees { get; }
}

namespace Senate.ChatBot.Features.Meetings;

/// <summary>
/// Who is asking, which decides what they may see: the public sees public meetings and documents only;
/// a linked member also sees the closed meetings they are invited to; staff see everything.
/// </summary>
public sealed record Viewer
{
    private Viewer(string? memberNumber, bool isStaff)
    {
        MemberNumber = memberNumber;
        IsStaff = isStaff;
    }

    public static Viewer Public { get; } = new(null, false);

    public static Viewer Staff { get; } = new(null, true);

    public string? MemberNumber { get; }

    public bool IsStaff { get; }

    public static Viewer Member(string memberNumber) => new(memberNumber, false);

    public bool MaySee(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return IsStaff || meeting.IsPublic || (MemberNumber is { } number && meeting.IsInvited(number));
    }
}

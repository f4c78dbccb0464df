namespace Senate.ChatBot.Features.Members;

/// <summary>
/// A senator's personal record, keyed by member number. Shown only to the member themselves (after
/// account link) and to desk staff: it holds contact details, attendance and payments.
/// </summary>
public sealed record MemberRecord
{
    /// <summary>The member number, as digits ("7", "142").</summary>
    public required string Id { get; init; }

    /// <summary>Title and name in Thai ("นางสาวสมหญิง ใจดี").</summary>
    public required string ThaiName { get; init; }

    public required string EnglishName { get; init; }

    public IReadOnlyList<CommitteeSeat> Seats { get; init; } = [];

    public MemberContact Contact { get; init; } = new(null, null, null);

    public IReadOnlyList<Attendance> Attendance { get; init; } = [];

    public IReadOnlyList<AllowancePayment> Allowances { get; init; } = [];

    public IReadOnlyList<DocumentRequest> DocumentRequests { get; init; } = [];

    /// <summary>Formats to offer first (Word and audio for a member who uses a screen reader); empty for no preference.</summary>
    public IReadOnlyList<string> PreferredFormats { get; init; } = [];

    public string Name(bool english) => english ? EnglishName : ThaiName;
}

/// <summary>A seat on a committee: chair, vice-chair, secretary, spokesperson or member.</summary>
public sealed record CommitteeSeat(string CommitteeId, SeatRole Role);

public enum SeatRole
{
    Member,
    Chair,
    ViceChair,
    Secretary,
    Spokesperson,
}

public sealed record MemberContact(string? Email, string? Phone, string? Office);

public enum AttendanceMark
{
    Present,
    OnLeave,
    Absent,
}

public sealed record Attendance(string MeetingId, DateOnly Day, AttendanceMark Mark);

public enum PaymentStatus
{
    Pending,
    Approved,
    Paid,
}

/// <summary>The meeting allowance of one month.</summary>
public sealed record AllowancePayment(string Month, decimal Amount, PaymentStatus Status, DateOnly? PaidOn);

public enum RequestStatus
{
    Received,
    InProgress,
    Ready,
    Delivered,
}

/// <summary>A document the member asked the Secretariat for (a copy, a Braille or audio edition...).</summary>
public sealed record DocumentRequest(string Title, DateOnly RequestedOn, RequestStatus Status);

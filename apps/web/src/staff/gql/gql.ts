/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  query AdminAuditActors($search: String!) {\n    employees(filter: { search: $search }, page: { first: 20 }) {\n      totalCount\n      nodes {\n        id\n        name\n        nip\n      }\n    }\n  }\n": typeof types.AdminAuditActorsDocument,
    "\n  query AdminAuditLog($entityType: String, $entityId: ID, $actorId: ID, $from: String, $to: String, $first: Int!, $before: ID) {\n    auditLog(entityType: $entityType, entityId: $entityId, actorId: $actorId, from: $from, to: $to, first: $first, before: $before) {\n      id\n      occurredAt\n      action\n      actorId\n      actorKind\n      actorName\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminPeriods {\n    periods {\n      id\n      name\n      kind\n      startsOn\n      endsOn\n      reviewDeadline\n    }\n  }\n": typeof types.AdminPeriodsDocument,
    "\n  query AdminEmployeeName($id: ID!) {\n    employee(id: $id) {\n      name\n    }\n  }\n": typeof types.AdminEmployeeNameDocument,
    "\n  mutation AdminImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      created\n      dryRun\n      rows\n      nips\n      problems {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.AdminImportEmployeesDocument,
    "\n  query AdminEmployees($filter: EmployeeFilter, $page: PageInput) {\n    employees(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        nip\n        position\n        active\n        unit {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminEmployeesDocument,
    "\n  query AdminEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      nip\n      position\n      active\n      email\n      hasAccount\n      roles\n      unit {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n        nip\n      }\n      history {\n        position\n        unitId\n        supervisorId\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.AdminEmployeeDocument,
    "\n  mutation AdminCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreateEmployeeDocument,
    "\n  mutation AdminUpdateEmployee($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateEmployeeDocument,
    "\n  mutation AdminSetEmployeePassword($employeeId: ID!, $password: String!) {\n    setEmployeePassword(employeeId: $employeeId, password: $password) {\n      id\n    }\n  }\n": typeof types.AdminSetEmployeePasswordDocument,
    "\n  query AdminCurrentInstrument {\n    currentInstrument {\n      id\n      version\n      publishedAt\n      items {\n        value\n        name\n        description\n        anchors\n      }\n    }\n  }\n": typeof types.AdminCurrentInstrumentDocument,
    "\n  mutation AdminPublishInstrument($input: PublishInstrumentInput!) {\n    publishInstrument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AdminPublishInstrumentDocument,
    "\n  mutation AdminPublishScoringPolicy($input: PublishScoringPolicyInput!) {\n    publishScoringPolicy(input: $input) {\n      version\n      code\n    }\n  }\n": typeof types.AdminPublishScoringPolicyDocument,
    "\n  query AdminScoringPolicies {\n    scoringPolicies {\n      version\n      code\n      isDefault\n      publishedAt\n      reason\n      publishedBy {\n        name\n      }\n    }\n    currentScoringPolicy {\n      version\n      code\n      anonymityMin\n      capaianCap\n      perilaku {\n        sesuai\n        diAtas\n      }\n      hasilKerja {\n        sesuai\n        diAtas\n      }\n      sources {\n        source\n        weight\n        minCount\n      }\n    }\n  }\n": typeof types.AdminScoringPoliciesDocument,
    "\n  query AdminFailedJobs($queue: String!) {\n    failedJobs(queue: $queue, first: 100) {\n      id\n      queue\n      name\n      failedReason\n      attemptsMade\n      failedAt\n      data\n    }\n  }\n": typeof types.AdminFailedJobsDocument,
    "\n  query AdminSystemStatus {\n    systemStatus {\n      queueBackend\n      version\n    }\n    queueCounts {\n      queue\n      counts\n    }\n  }\n": typeof types.AdminSystemStatusDocument,
    "\n  mutation AdminRetryFailedJob($queue: String!, $jobId: ID!) {\n    retryFailedJob(queue: $queue, jobId: $jobId)\n  }\n": typeof types.AdminRetryFailedJobDocument,
    "\n  mutation AdminCreatePeriod($input: CreatePeriodInput!) {\n    createPeriod(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreatePeriodDocument,
    "\n  query AdminAwardCandidates($periodId: ID!, $unitId: ID, $limit: Int!) {\n    awardCandidates(periodId: $periodId, unitId: $unitId, limit: $limit) {\n      roundsConsidered\n      eligible\n      rule {\n        minPeers\n      }\n      candidates {\n        rank\n        roundId\n        employeeName\n        employeeNip\n        position\n        unitName\n        predikat\n        perilakuScore\n        hasilKerjaScore\n        reasons {\n          source\n          count\n          score\n          weight\n        }\n      }\n    }\n  }\n": typeof types.AdminAwardCandidatesDocument,
    "\n  query AdminTrainingCourses {\n    trainingCourses {\n      id\n      title\n      provider\n      coreValue\n      indicator\n      hours\n      active\n    }\n  }\n": typeof types.AdminTrainingCoursesDocument,
    "\n  mutation AdminCreateTrainingCourse($input: CreateTrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AdminCreateTrainingCourseDocument,
    "\n  mutation AdminUpdateTrainingCourse($input: UpdateTrainingCourseInput!) {\n    updateTrainingCourse(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AdminUpdateTrainingCourseDocument,
    "\n  query AdminTrainingSuggestions($periodId: ID!, $unitId: ID) {\n    trainingSuggestions(periodId: $periodId, unitId: $unitId) {\n      threshold\n      maxValues\n      roundsConsidered\n      employees {\n        roundId\n        employeeName\n        employeeNip\n        position\n        unitName\n        weakValues {\n          value\n          score\n        }\n        courses {\n          value\n          indicatorMatched\n          course {\n            id\n            title\n            provider\n            hours\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminTrainingSuggestionsDocument,
    "\n  mutation AdminOpenRoundsForUnit($input: OpenRoundsForUnitInput!) {\n    openRoundsForUnit(input: $input) {\n      opened\n      alreadyOpen\n      withoutSupervisor\n    }\n  }\n": typeof types.AdminOpenRoundsForUnitDocument,
    "\n  query AdminPeriodProgress($periodId: ID!, $unitId: ID) {\n    periodProgress(periodId: $periodId, unitId: $unitId) {\n      rounds\n      draft\n      open\n      closed\n      scored\n      seats\n      reviewsSubmitted\n    }\n  }\n": typeof types.AdminPeriodProgressDocument,
    "\n  mutation AdminReopenRound($input: ReopenRoundInput!) {\n    reopenRound(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AdminReopenRoundDocument,
    "\n  query AdminPeriodRounds($periodId: ID!, $unitId: ID, $status: RoundStatus, $search: String, $page: PageInput) {\n    periodRounds(periodId: $periodId, unitId: $unitId, status: $status, search: $search, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        openedAt\n        employee {\n          id\n          name\n          nip\n        }\n      }\n    }\n  }\n": typeof types.AdminPeriodRoundsDocument,
    "\n  query AdminUnitTree {\n    units {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminUnitTreeDocument,
    "\n  query AdminServicePoints {\n    servicePoints {\n      id\n      name\n      unit {\n        name\n      }\n      staff {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminServicePointsDocument,
    "\n  fragment AdminKioskFields on Kiosk {\n    id\n    name\n    revokedAt\n    lastSeenAt\n    createdAt\n  }\n": typeof types.AdminKioskFieldsFragmentDoc,
    "\n  query AdminKiosks($servicePointId: ID) {\n    kiosks(servicePointId: $servicePointId) {\n      ...AdminKioskFields\n    }\n  }\n": typeof types.AdminKiosksDocument,
    "\n  mutation AdminRegisterKiosk($input: RegisterKioskInput!) {\n    registerKiosk(input: $input) {\n      ...AdminKioskFields\n    }\n  }\n": typeof types.AdminRegisterKioskDocument,
    "\n  mutation AdminRenameKiosk($id: ID!, $name: String!) {\n    renameKiosk(id: $id, name: $name) {\n      ...AdminKioskFields\n    }\n  }\n": typeof types.AdminRenameKioskDocument,
    "\n  mutation AdminRevokeKiosk($id: ID!) {\n    revokeKiosk(id: $id) {\n      ...AdminKioskFields\n    }\n  }\n": typeof types.AdminRevokeKioskDocument,
    "\n  mutation AdminCreateKioskPairingCode($kioskId: ID!) {\n    createKioskPairingCode(kioskId: $kioskId) {\n      code\n      expiresAt\n    }\n  }\n": typeof types.AdminCreateKioskPairingCodeDocument,
    "\n  fragment AdminRatingLinkFields on RatingLink {\n    id\n    token\n    url\n    employeeId\n    expiresAt\n    revokedAt\n    createdAt\n  }\n": typeof types.AdminRatingLinkFieldsFragmentDoc,
    "\n  query AdminRatingLinks($servicePointId: ID) {\n    ratingLinks(servicePointId: $servicePointId) {\n      ...AdminRatingLinkFields\n    }\n  }\n": typeof types.AdminRatingLinksDocument,
    "\n  mutation AdminCreateRatingLink($input: CreateRatingLinkInput!) {\n    createRatingLink(input: $input) {\n      ...AdminRatingLinkFields\n    }\n  }\n": typeof types.AdminCreateRatingLinkDocument,
    "\n  mutation AdminRevokeRatingLink($id: ID!) {\n    revokeRatingLink(id: $id) {\n      ...AdminRatingLinkFields\n    }\n  }\n": typeof types.AdminRevokeRatingLinkDocument,
    "\n  query AdminHeldRatings($servicePointId: ID) {\n    heldRatings(servicePointId: $servicePointId) {\n      id\n      employeeId\n      channel\n      kind\n      reason\n      clientTag\n      answers\n      score\n      comment\n      submittedAt\n    }\n  }\n": typeof types.AdminHeldRatingsDocument,
    "\n  mutation AdminReleaseHeldRatings($ids: [ID!]!) {\n    releaseHeldRatings(ids: $ids)\n  }\n": typeof types.AdminReleaseHeldRatingsDocument,
    "\n  mutation AdminRejectHeldRatings($ids: [ID!]!) {\n    rejectHeldRatings(ids: $ids)\n  }\n": typeof types.AdminRejectHeldRatingsDocument,
    "\n  query AdminSetupServicePoints($includeArchived: Boolean!) {\n    servicePoints(includeArchived: $includeArchived) {\n      id\n      name\n      archivedAt\n      unit {\n        name\n      }\n      staff {\n        id\n        name\n        nip\n        position\n      }\n    }\n  }\n": typeof types.AdminSetupServicePointsDocument,
    "\n  mutation AdminCreateServicePoint($input: CreateServicePointInput!) {\n    createServicePoint(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreateServicePointDocument,
    "\n  mutation AdminArchiveServicePoint($id: ID!) {\n    archiveServicePoint(id: $id) {\n      id\n    }\n  }\n": typeof types.AdminArchiveServicePointDocument,
    "\n  mutation AdminAssignServicePointStaff($input: ServicePointStaffInput!) {\n    assignServicePointStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminAssignServicePointStaffDocument,
    "\n  mutation AdminRemoveServicePointStaff($input: ServicePointStaffInput!) {\n    removeServicePointStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminRemoveServicePointStaffDocument,
    "\n  query AdminPickEmployees($search: String!) {\n    employees(filter: { search: $search, active: true }, page: { first: 10 }) {\n      nodes {\n        id\n        name\n        nip\n        position\n      }\n    }\n  }\n": typeof types.AdminPickEmployeesDocument,
    "\n  query AdminUnitRoot {\n    units {\n      id\n      name\n    }\n  }\n": typeof types.AdminUnitRootDocument,
    "\n  query AdminUnitIndex($rootId: ID!) {\n    units(parentId: $rootId) {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminUnitIndexDocument,
    "\n  query AdminUnits($parentId: ID, $includeArchived: Boolean!) {\n    units(parentId: $parentId, includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      archivedAt\n      parentId\n      children {\n        id\n      }\n    }\n  }\n": typeof types.AdminUnitsDocument,
    "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      kind\n      archivedAt\n      parentId\n      parent {\n        id\n        name\n      }\n      history {\n        name\n        parentId\n        archived\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.AdminUnitDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreateUnitDocument,
    "\n  mutation AdminUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateUnitDocument,
    "\n  mutation AdminMoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminMoveUnitDocument,
    "\n  mutation AdminArchiveUnit($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.AdminArchiveUnitDocument,
    "\n  mutation StaffLogin($n: String!, $p: String!) {\n    login(nip: $n, password: $p) {\n      accessToken\n    }\n  }\n": typeof types.StaffLoginDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query StaffNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        message\n        createdAt\n        readAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.StaffNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": typeof types.StaffLogoutDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n": typeof types.StaffMeDocument,
    "\n  query OpenServiceTickets($sp: ID!, $first: Int!, $after: ID) {\n    openServiceTickets(servicePointId: $sp, first: $first, after: $after) {\n      nodes {\n        id\n        number\n        issuedAt\n        usedAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OpenServiceTicketsDocument,
    "\n  mutation IssueServiceTicket($i: IssueServiceTicketInput!) {\n    issueServiceTicket(input: $i) {\n      id\n      number\n      url\n      qrSvgUrl\n      issuedAt\n    }\n  }\n": typeof types.IssueServiceTicketDocument,
    "\n  mutation CompleteServiceTicket($id: ID!) {\n    completeServiceTicket(ticketId: $id) {\n      number\n      completedAt\n    }\n  }\n": typeof types.CompleteServiceTicketDocument,
    "\n  query MyRounds {\n    myRounds {\n      id\n      status\n      period {\n        name\n      }\n      progress {\n        peersApproved\n        nominationsPending\n      }\n      peerNominations {\n        id\n        reviewerId\n        reviewerName\n        reviewerPosition\n        state\n        nominatedByMe\n        createdAt\n      }\n      result {\n        predikat\n        perilakuScore\n        perilakuRating\n        hasilKerjaRating\n      }\n      feedback {\n        relation\n        submitted\n        commentsVisible\n        comments {\n          strengths\n          improvements\n        }\n      }\n    }\n  }\n": typeof types.MyRoundsDocument,
    "\n  query MyResults($page: PageInput) {\n    myResults(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        period {\n          id\n          name\n          startsOn\n          endsOn\n        }\n        result {\n          predikat\n          perilakuScore\n          perilakuRating\n          hasilKerjaScore\n          hasilKerjaRating\n          sources {\n            source\n            count\n            score\n            weight\n            counted\n            ci95 {\n              low\n              high\n            }\n            minimum\n            status\n          }\n        }\n        valueGaps {\n          value\n          self\n          others\n          gap\n        }\n        feedback {\n          relation\n          submitted\n          commentsVisible\n          comments {\n            strengths\n            improvements\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyResultsDocument,
    "\n  query Colleagues($s: String!, $n: Int) {\n    colleagues(search: $s, first: $n) {\n      id\n      name\n      position\n      unitName\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  mutation NominatePeer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      state\n    }\n  }\n": typeof types.NominatePeerDocument,
    "\n  query MyReports($page: PageInput) {\n    myReports(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        status\n        progress\n        subject\n        errorCode\n        errorMessage\n        fileName\n        sizeBytes\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  query SkmReportChoices {\n    skmServicePoints {\n      id\n      name\n    }\n    periods {\n      id\n      name\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.SkmReportChoicesDocument,
    "\n  mutation RequestReport($input: RequestReportInput!) {\n    requestReport(input: $input) {\n      id\n      status\n      subject\n    }\n  }\n": typeof types.RequestReportDocument,
    "\n  query ReviewFormRound($id: ID!) {\n    round(id: $id) {\n      employee {\n        name\n      }\n      positionAtOpen\n      instrument {\n        items {\n          value\n          name\n          description\n          anchors\n        }\n      }\n    }\n  }\n": typeof types.ReviewFormRoundDocument,
    "\n  mutation SubmitReview($i: SubmitReviewInput!) {\n    submitReview(input: $i) {\n      id\n    }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  query ReviewsWaitingForMe {\n    reviewsWaitingForMe {\n      id\n      relation\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReviewsWaitingForMeDocument,
    "\n  query ManagedServicePoints {\n    managedServicePoints {\n      id\n      name\n      unitId\n      unitName\n    }\n  }\n": typeof types.ManagedServicePointsDocument,
    "\n  query SatisfactionPeriods {\n    periods {\n      id\n      name\n      kind\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.SatisfactionPeriodsDocument,
    "\n  query CitizenComments($servicePointId: ID, $periodId: ID, $search: String, $status: CommentStatus, $page: PageInput) {\n    citizenComments(servicePointId: $servicePointId, periodId: $periodId, search: $search, status: $status, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        submittedAt\n        channel\n        kind\n        overall\n        comment\n        servicePointName\n        unitName\n        status\n        handledAt\n        handledNote\n        hiddenAt\n        hiddenReason\n      }\n    }\n  }\n": typeof types.CitizenCommentsDocument,
    "\n  mutation MarkCommentHandled($id: ID!, $note: String) {\n    markCommentHandled(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.MarkCommentHandledDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  query FollowUpPlan($servicePointId: ID!, $periodId: ID!) {\n    followUpPlan(servicePointId: $servicePointId, periodId: $periodId) {\n      agencyId\n      servicePointId\n      servicePointName\n      period {\n        id\n        name\n        startsOn\n        endsOn\n      }\n      nextPeriod {\n        id\n        name\n      }\n      elements {\n        code\n        name\n        nrr\n      }\n      suggested {\n        code\n        name\n        nrr\n      }\n      actions {\n        id\n        elementCode\n        elementName\n        action\n        owner {\n          id\n          name\n        }\n        dueOn\n        status\n        published\n        change {\n          nrrThisPeriod\n          nrrNextPeriod\n          delta\n        }\n      }\n    }\n  }\n": typeof types.FollowUpPlanDocument,
    "\n  query FollowUpOwners($search: String!) {\n    colleagues(search: $search) {\n      id\n      name\n      position\n    }\n  }\n": typeof types.FollowUpOwnersDocument,
    "\n  mutation CreateFollowUpAction($input: CreateFollowUpActionInput!) {\n    createFollowUpAction(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFollowUpActionDocument,
    "\n  mutation UpdateFollowUpAction($input: UpdateFollowUpActionInput!) {\n    updateFollowUpAction(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateFollowUpActionDocument,
    "\n  mutation SetFollowUpActionStatus($input: SetFollowUpStatusInput!) {\n    setFollowUpActionStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SetFollowUpActionStatusDocument,
    "\n  query SatisfactionReportPage($servicePointId: ID!, $periodId: ID!) {\n    satisfactionReport(servicePointId: $servicePointId, periodId: $periodId) {\n      servicePoint {\n        id\n        name\n        unitName\n      }\n      period {\n        id\n        name\n      }\n      respondents\n      elements {\n        code\n        label\n        nrr\n        weightedNrr\n        respondents\n      }\n      weakestElement\n      ikm\n      ikmConverted\n      mutu\n      kinerja\n      quickCount\n      quickMean\n      profile {\n        ageBands {\n          key\n          label\n          count\n          percent\n        }\n        sex {\n          key\n          label\n          count\n          percent\n        }\n        education {\n          key\n          label\n          count\n          percent\n        }\n        occupation {\n          key\n          label\n          count\n          percent\n        }\n      }\n      trend {\n        periodId\n        periodName\n        respondents\n        ikmConverted\n        mutu\n      }\n    }\n  }\n": typeof types.SatisfactionReportPageDocument,
    "\n  mutation CloseTeamRound($i: CloseRoundInput!) {\n    closeRound(input: $i) {\n      status\n    }\n  }\n": typeof types.CloseTeamRoundDocument,
    "\n  mutation AddTeamReviewer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      relation\n      state\n    }\n  }\n": typeof types.AddTeamReviewerDocument,
    "\n  query DashboardPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n": typeof types.DashboardPeriodsDocument,
    "\n  query TeamDashboard($p: ID!, $u: ID, $page: PageInput) {\n    teamDashboard(periodId: $p, unitId: $u, page: $page) {\n      periodId\n      rows {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          roundId\n          employeeName\n          position\n          unitName\n          status\n          reviewsExpected\n          reviewsSubmitted\n          perilakuScore\n          perilakuRating\n          hasilKerjaScore\n          hasilKerjaRating\n          predikat\n        }\n      }\n      predikatDistribution {\n        predikat\n        count\n      }\n      waitingReviewers {\n        roundId\n        reviewerId\n        reviewerName\n        relation\n        employeeName\n      }\n      totals {\n        people\n        open\n        closed\n        scored\n        reviewsExpected\n        reviewsSubmitted\n        rowsWithHiddenCounts\n      }\n      unitChoices {\n        id\n        path\n      }\n    }\n  }\n": typeof types.TeamDashboardDocument,
    "\n  query TeamMember($r: ID!) {\n    teamMember(roundId: $r) {\n      roundId\n      employeeName\n      employeeNip\n      position\n      unitName\n      status\n      reviewsExpected\n      reviewsSubmitted\n      perilakuScore\n      perilakuRating\n      hasilKerjaScore\n      hasilKerjaRating\n      predikat\n      sources {\n        source\n        count\n        score\n        counted\n      }\n      pendingReviewers {\n        reviewerName\n        relation\n      }\n    }\n  }\n": typeof types.TeamMemberDocument,
    "\n  query TeamPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n": typeof types.TeamPeriodsDocument,
    "\n  query NominationsWaitingForMe {\n    nominationsWaitingForMe {\n      id\n      reviewer {\n        name\n      }\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n": typeof types.NominationsWaitingForMeDocument,
    "\n  query TeamRounds($p: ID!) {\n    teamRounds(periodId: $p) {\n      id\n      status\n      overrideReason\n      employee {\n        id\n        name\n        subordinates {\n          id\n          name\n          position\n          active\n        }\n      }\n      progress {\n        supervisorSubmitted\n        peersApproved\n        peersSubmitted\n        nominationsPending\n      }\n      reviewers {\n        id\n        relation\n        state\n        reviewer {\n          id\n          name\n        }\n      }\n      result {\n        predikat\n        perilakuScore\n        hasilKerjaRating\n      }\n    }\n  }\n": typeof types.TeamRoundsDocument,
    "\n  query TeamAgreedPlans($y: Int!) {\n    teamWorkPlans(year: $y) {\n      employee {\n        id\n      }\n      workPlan {\n        status\n      }\n    }\n  }\n": typeof types.TeamAgreedPlansDocument,
    "\n  mutation DecideNomination($i: DecideNominationInput!) {\n    decideNomination(input: $i) {\n      id\n      state\n    }\n  }\n": typeof types.DecideNominationDocument,
    "\n  fragment WorkPlanFields on WorkPlan {\n    id\n    year\n    status\n    version\n    agreedAt\n    employee {\n      id\n      name\n    }\n    indicators {\n      id\n      name\n      unit\n      target\n      weight\n      direction\n      aggregation\n      source\n      method\n    }\n    missingReports {\n      indicatorId\n      month\n    }\n    versions {\n      version\n      reason\n      createdByName\n      createdAt\n      agreedByName\n      agreedAt\n    }\n  }\n": typeof types.WorkPlanFieldsFragmentDoc,
    "\n  fragment RealisationFields on Realisation {\n    id\n    indicatorId\n    month\n    value\n    note\n    evidenceUrl\n    status\n    feedback\n    thread {\n      id\n      action\n      actorName\n      value\n      note\n      evidenceUrl\n      at\n    }\n  }\n": typeof types.RealisationFieldsFragmentDoc,
    "\n  query MyWorkPlan($year: Int!) {\n    myWorkPlan(year: $year) {\n      ...WorkPlanFields\n    }\n  }\n": typeof types.MyWorkPlanDocument,
    "\n  query TeamWorkPlans($year: Int!) {\n    teamWorkPlans(year: $year) {\n      employee {\n        id\n        name\n        position\n      }\n      workPlan {\n        ...WorkPlanFields\n      }\n    }\n  }\n": typeof types.TeamWorkPlansDocument,
    "\n  query WorkPlanRealisations($workPlanId: ID!, $month: String) {\n    realisations(workPlanId: $workPlanId, month: $month) {\n      ...RealisationFields\n    }\n  }\n": typeof types.WorkPlanRealisationsDocument,
    "\n  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {\n    createWorkPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWorkPlanDocument,
    "\n  mutation AddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) {\n      id\n    }\n  }\n": typeof types.AddIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation RemoveIndicator($indicatorId: ID!) {\n    removeIndicator(indicatorId: $indicatorId) {\n      id\n    }\n  }\n": typeof types.RemoveIndicatorDocument,
    "\n  mutation ReviseWorkPlan($input: ReviseWorkPlanInput!) {\n    reviseWorkPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.ReviseWorkPlanDocument,
    "\n  mutation AgreeWorkPlan($workPlanId: ID!) {\n    agreeWorkPlan(workPlanId: $workPlanId) {\n      id\n      status\n    }\n  }\n": typeof types.AgreeWorkPlanDocument,
    "\n  mutation ReportRealisation($input: ReportRealisationInput!) {\n    reportRealisation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportRealisationDocument,
    "\n  mutation VerifyRealisation($input: VerifyRealisationInput!) {\n    verifyRealisation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.VerifyRealisationDocument,
};
const documents: Documents = {
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  query AdminAuditActors($search: String!) {\n    employees(filter: { search: $search }, page: { first: 20 }) {\n      totalCount\n      nodes {\n        id\n        name\n        nip\n      }\n    }\n  }\n": types.AdminAuditActorsDocument,
    "\n  query AdminAuditLog($entityType: String, $entityId: ID, $actorId: ID, $from: String, $to: String, $first: Int!, $before: ID) {\n    auditLog(entityType: $entityType, entityId: $entityId, actorId: $actorId, from: $from, to: $to, first: $first, before: $before) {\n      id\n      occurredAt\n      action\n      actorId\n      actorKind\n      actorName\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminPeriods {\n    periods {\n      id\n      name\n      kind\n      startsOn\n      endsOn\n      reviewDeadline\n    }\n  }\n": types.AdminPeriodsDocument,
    "\n  query AdminEmployeeName($id: ID!) {\n    employee(id: $id) {\n      name\n    }\n  }\n": types.AdminEmployeeNameDocument,
    "\n  mutation AdminImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      created\n      dryRun\n      rows\n      nips\n      problems {\n        line\n        reason\n      }\n    }\n  }\n": types.AdminImportEmployeesDocument,
    "\n  query AdminEmployees($filter: EmployeeFilter, $page: PageInput) {\n    employees(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        nip\n        position\n        active\n        unit {\n          name\n        }\n      }\n    }\n  }\n": types.AdminEmployeesDocument,
    "\n  query AdminEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      nip\n      position\n      active\n      email\n      hasAccount\n      roles\n      unit {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n        nip\n      }\n      history {\n        position\n        unitId\n        supervisorId\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.AdminEmployeeDocument,
    "\n  mutation AdminCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      name\n    }\n  }\n": types.AdminCreateEmployeeDocument,
    "\n  mutation AdminUpdateEmployee($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateEmployeeDocument,
    "\n  mutation AdminSetEmployeePassword($employeeId: ID!, $password: String!) {\n    setEmployeePassword(employeeId: $employeeId, password: $password) {\n      id\n    }\n  }\n": types.AdminSetEmployeePasswordDocument,
    "\n  query AdminCurrentInstrument {\n    currentInstrument {\n      id\n      version\n      publishedAt\n      items {\n        value\n        name\n        description\n        anchors\n      }\n    }\n  }\n": types.AdminCurrentInstrumentDocument,
    "\n  mutation AdminPublishInstrument($input: PublishInstrumentInput!) {\n    publishInstrument(input: $input) {\n      id\n      version\n    }\n  }\n": types.AdminPublishInstrumentDocument,
    "\n  mutation AdminPublishScoringPolicy($input: PublishScoringPolicyInput!) {\n    publishScoringPolicy(input: $input) {\n      version\n      code\n    }\n  }\n": types.AdminPublishScoringPolicyDocument,
    "\n  query AdminScoringPolicies {\n    scoringPolicies {\n      version\n      code\n      isDefault\n      publishedAt\n      reason\n      publishedBy {\n        name\n      }\n    }\n    currentScoringPolicy {\n      version\n      code\n      anonymityMin\n      capaianCap\n      perilaku {\n        sesuai\n        diAtas\n      }\n      hasilKerja {\n        sesuai\n        diAtas\n      }\n      sources {\n        source\n        weight\n        minCount\n      }\n    }\n  }\n": types.AdminScoringPoliciesDocument,
    "\n  query AdminFailedJobs($queue: String!) {\n    failedJobs(queue: $queue, first: 100) {\n      id\n      queue\n      name\n      failedReason\n      attemptsMade\n      failedAt\n      data\n    }\n  }\n": types.AdminFailedJobsDocument,
    "\n  query AdminSystemStatus {\n    systemStatus {\n      queueBackend\n      version\n    }\n    queueCounts {\n      queue\n      counts\n    }\n  }\n": types.AdminSystemStatusDocument,
    "\n  mutation AdminRetryFailedJob($queue: String!, $jobId: ID!) {\n    retryFailedJob(queue: $queue, jobId: $jobId)\n  }\n": types.AdminRetryFailedJobDocument,
    "\n  mutation AdminCreatePeriod($input: CreatePeriodInput!) {\n    createPeriod(input: $input) {\n      id\n      name\n    }\n  }\n": types.AdminCreatePeriodDocument,
    "\n  query AdminAwardCandidates($periodId: ID!, $unitId: ID, $limit: Int!) {\n    awardCandidates(periodId: $periodId, unitId: $unitId, limit: $limit) {\n      roundsConsidered\n      eligible\n      rule {\n        minPeers\n      }\n      candidates {\n        rank\n        roundId\n        employeeName\n        employeeNip\n        position\n        unitName\n        predikat\n        perilakuScore\n        hasilKerjaScore\n        reasons {\n          source\n          count\n          score\n          weight\n        }\n      }\n    }\n  }\n": types.AdminAwardCandidatesDocument,
    "\n  query AdminTrainingCourses {\n    trainingCourses {\n      id\n      title\n      provider\n      coreValue\n      indicator\n      hours\n      active\n    }\n  }\n": types.AdminTrainingCoursesDocument,
    "\n  mutation AdminCreateTrainingCourse($input: CreateTrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      id\n      title\n    }\n  }\n": types.AdminCreateTrainingCourseDocument,
    "\n  mutation AdminUpdateTrainingCourse($input: UpdateTrainingCourseInput!) {\n    updateTrainingCourse(input: $input) {\n      id\n      title\n    }\n  }\n": types.AdminUpdateTrainingCourseDocument,
    "\n  query AdminTrainingSuggestions($periodId: ID!, $unitId: ID) {\n    trainingSuggestions(periodId: $periodId, unitId: $unitId) {\n      threshold\n      maxValues\n      roundsConsidered\n      employees {\n        roundId\n        employeeName\n        employeeNip\n        position\n        unitName\n        weakValues {\n          value\n          score\n        }\n        courses {\n          value\n          indicatorMatched\n          course {\n            id\n            title\n            provider\n            hours\n          }\n        }\n      }\n    }\n  }\n": types.AdminTrainingSuggestionsDocument,
    "\n  mutation AdminOpenRoundsForUnit($input: OpenRoundsForUnitInput!) {\n    openRoundsForUnit(input: $input) {\n      opened\n      alreadyOpen\n      withoutSupervisor\n    }\n  }\n": types.AdminOpenRoundsForUnitDocument,
    "\n  query AdminPeriodProgress($periodId: ID!, $unitId: ID) {\n    periodProgress(periodId: $periodId, unitId: $unitId) {\n      rounds\n      draft\n      open\n      closed\n      scored\n      seats\n      reviewsSubmitted\n    }\n  }\n": types.AdminPeriodProgressDocument,
    "\n  mutation AdminReopenRound($input: ReopenRoundInput!) {\n    reopenRound(input: $input) {\n      id\n      status\n    }\n  }\n": types.AdminReopenRoundDocument,
    "\n  query AdminPeriodRounds($periodId: ID!, $unitId: ID, $status: RoundStatus, $search: String, $page: PageInput) {\n    periodRounds(periodId: $periodId, unitId: $unitId, status: $status, search: $search, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        openedAt\n        employee {\n          id\n          name\n          nip\n        }\n      }\n    }\n  }\n": types.AdminPeriodRoundsDocument,
    "\n  query AdminUnitTree {\n    units {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminUnitTreeDocument,
    "\n  query AdminServicePoints {\n    servicePoints {\n      id\n      name\n      unit {\n        name\n      }\n      staff {\n        id\n        name\n      }\n    }\n  }\n": types.AdminServicePointsDocument,
    "\n  fragment AdminKioskFields on Kiosk {\n    id\n    name\n    revokedAt\n    lastSeenAt\n    createdAt\n  }\n": types.AdminKioskFieldsFragmentDoc,
    "\n  query AdminKiosks($servicePointId: ID) {\n    kiosks(servicePointId: $servicePointId) {\n      ...AdminKioskFields\n    }\n  }\n": types.AdminKiosksDocument,
    "\n  mutation AdminRegisterKiosk($input: RegisterKioskInput!) {\n    registerKiosk(input: $input) {\n      ...AdminKioskFields\n    }\n  }\n": types.AdminRegisterKioskDocument,
    "\n  mutation AdminRenameKiosk($id: ID!, $name: String!) {\n    renameKiosk(id: $id, name: $name) {\n      ...AdminKioskFields\n    }\n  }\n": types.AdminRenameKioskDocument,
    "\n  mutation AdminRevokeKiosk($id: ID!) {\n    revokeKiosk(id: $id) {\n      ...AdminKioskFields\n    }\n  }\n": types.AdminRevokeKioskDocument,
    "\n  mutation AdminCreateKioskPairingCode($kioskId: ID!) {\n    createKioskPairingCode(kioskId: $kioskId) {\n      code\n      expiresAt\n    }\n  }\n": types.AdminCreateKioskPairingCodeDocument,
    "\n  fragment AdminRatingLinkFields on RatingLink {\n    id\n    token\n    url\n    employeeId\n    expiresAt\n    revokedAt\n    createdAt\n  }\n": types.AdminRatingLinkFieldsFragmentDoc,
    "\n  query AdminRatingLinks($servicePointId: ID) {\n    ratingLinks(servicePointId: $servicePointId) {\n      ...AdminRatingLinkFields\n    }\n  }\n": types.AdminRatingLinksDocument,
    "\n  mutation AdminCreateRatingLink($input: CreateRatingLinkInput!) {\n    createRatingLink(input: $input) {\n      ...AdminRatingLinkFields\n    }\n  }\n": types.AdminCreateRatingLinkDocument,
    "\n  mutation AdminRevokeRatingLink($id: ID!) {\n    revokeRatingLink(id: $id) {\n      ...AdminRatingLinkFields\n    }\n  }\n": types.AdminRevokeRatingLinkDocument,
    "\n  query AdminHeldRatings($servicePointId: ID) {\n    heldRatings(servicePointId: $servicePointId) {\n      id\n      employeeId\n      channel\n      kind\n      reason\n      clientTag\n      answers\n      score\n      comment\n      submittedAt\n    }\n  }\n": types.AdminHeldRatingsDocument,
    "\n  mutation AdminReleaseHeldRatings($ids: [ID!]!) {\n    releaseHeldRatings(ids: $ids)\n  }\n": types.AdminReleaseHeldRatingsDocument,
    "\n  mutation AdminRejectHeldRatings($ids: [ID!]!) {\n    rejectHeldRatings(ids: $ids)\n  }\n": types.AdminRejectHeldRatingsDocument,
    "\n  query AdminSetupServicePoints($includeArchived: Boolean!) {\n    servicePoints(includeArchived: $includeArchived) {\n      id\n      name\n      archivedAt\n      unit {\n        name\n      }\n      staff {\n        id\n        name\n        nip\n        position\n      }\n    }\n  }\n": types.AdminSetupServicePointsDocument,
    "\n  mutation AdminCreateServicePoint($input: CreateServicePointInput!) {\n    createServicePoint(input: $input) {\n      id\n      name\n    }\n  }\n": types.AdminCreateServicePointDocument,
    "\n  mutation AdminArchiveServicePoint($id: ID!) {\n    archiveServicePoint(id: $id) {\n      id\n    }\n  }\n": types.AdminArchiveServicePointDocument,
    "\n  mutation AdminAssignServicePointStaff($input: ServicePointStaffInput!) {\n    assignServicePointStaff(input: $input) {\n      id\n    }\n  }\n": types.AdminAssignServicePointStaffDocument,
    "\n  mutation AdminRemoveServicePointStaff($input: ServicePointStaffInput!) {\n    removeServicePointStaff(input: $input) {\n      id\n    }\n  }\n": types.AdminRemoveServicePointStaffDocument,
    "\n  query AdminPickEmployees($search: String!) {\n    employees(filter: { search: $search, active: true }, page: { first: 10 }) {\n      nodes {\n        id\n        name\n        nip\n        position\n      }\n    }\n  }\n": types.AdminPickEmployeesDocument,
    "\n  query AdminUnitRoot {\n    units {\n      id\n      name\n    }\n  }\n": types.AdminUnitRootDocument,
    "\n  query AdminUnitIndex($rootId: ID!) {\n    units(parentId: $rootId) {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminUnitIndexDocument,
    "\n  query AdminUnits($parentId: ID, $includeArchived: Boolean!) {\n    units(parentId: $parentId, includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      archivedAt\n      parentId\n      children {\n        id\n      }\n    }\n  }\n": types.AdminUnitsDocument,
    "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      kind\n      archivedAt\n      parentId\n      parent {\n        id\n        name\n      }\n      history {\n        name\n        parentId\n        archived\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.AdminUnitDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.AdminCreateUnitDocument,
    "\n  mutation AdminUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateUnitDocument,
    "\n  mutation AdminMoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n    }\n  }\n": types.AdminMoveUnitDocument,
    "\n  mutation AdminArchiveUnit($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      name\n    }\n  }\n": types.AdminArchiveUnitDocument,
    "\n  mutation StaffLogin($n: String!, $p: String!) {\n    login(nip: $n, password: $p) {\n      accessToken\n    }\n  }\n": types.StaffLoginDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query StaffNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        message\n        createdAt\n        readAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.StaffNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": types.StaffLogoutDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n": types.StaffMeDocument,
    "\n  query OpenServiceTickets($sp: ID!, $first: Int!, $after: ID) {\n    openServiceTickets(servicePointId: $sp, first: $first, after: $after) {\n      nodes {\n        id\n        number\n        issuedAt\n        usedAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OpenServiceTicketsDocument,
    "\n  mutation IssueServiceTicket($i: IssueServiceTicketInput!) {\n    issueServiceTicket(input: $i) {\n      id\n      number\n      url\n      qrSvgUrl\n      issuedAt\n    }\n  }\n": types.IssueServiceTicketDocument,
    "\n  mutation CompleteServiceTicket($id: ID!) {\n    completeServiceTicket(ticketId: $id) {\n      number\n      completedAt\n    }\n  }\n": types.CompleteServiceTicketDocument,
    "\n  query MyRounds {\n    myRounds {\n      id\n      status\n      period {\n        name\n      }\n      progress {\n        peersApproved\n        nominationsPending\n      }\n      peerNominations {\n        id\n        reviewerId\n        reviewerName\n        reviewerPosition\n        state\n        nominatedByMe\n        createdAt\n      }\n      result {\n        predikat\n        perilakuScore\n        perilakuRating\n        hasilKerjaRating\n      }\n      feedback {\n        relation\n        submitted\n        commentsVisible\n        comments {\n          strengths\n          improvements\n        }\n      }\n    }\n  }\n": types.MyRoundsDocument,
    "\n  query MyResults($page: PageInput) {\n    myResults(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        period {\n          id\n          name\n          startsOn\n          endsOn\n        }\n        result {\n          predikat\n          perilakuScore\n          perilakuRating\n          hasilKerjaScore\n          hasilKerjaRating\n          sources {\n            source\n            count\n            score\n            weight\n            counted\n            ci95 {\n              low\n              high\n            }\n            minimum\n            status\n          }\n        }\n        valueGaps {\n          value\n          self\n          others\n          gap\n        }\n        feedback {\n          relation\n          submitted\n          commentsVisible\n          comments {\n            strengths\n            improvements\n          }\n        }\n      }\n    }\n  }\n": types.MyResultsDocument,
    "\n  query Colleagues($s: String!, $n: Int) {\n    colleagues(search: $s, first: $n) {\n      id\n      name\n      position\n      unitName\n    }\n  }\n": types.ColleaguesDocument,
    "\n  mutation NominatePeer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      state\n    }\n  }\n": types.NominatePeerDocument,
    "\n  query MyReports($page: PageInput) {\n    myReports(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        status\n        progress\n        subject\n        errorCode\n        errorMessage\n        fileName\n        sizeBytes\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n": types.MyReportsDocument,
    "\n  query SkmReportChoices {\n    skmServicePoints {\n      id\n      name\n    }\n    periods {\n      id\n      name\n      startsOn\n      endsOn\n    }\n  }\n": types.SkmReportChoicesDocument,
    "\n  mutation RequestReport($input: RequestReportInput!) {\n    requestReport(input: $input) {\n      id\n      status\n      subject\n    }\n  }\n": types.RequestReportDocument,
    "\n  query ReviewFormRound($id: ID!) {\n    round(id: $id) {\n      employee {\n        name\n      }\n      positionAtOpen\n      instrument {\n        items {\n          value\n          name\n          description\n          anchors\n        }\n      }\n    }\n  }\n": types.ReviewFormRoundDocument,
    "\n  mutation SubmitReview($i: SubmitReviewInput!) {\n    submitReview(input: $i) {\n      id\n    }\n  }\n": types.SubmitReviewDocument,
    "\n  query ReviewsWaitingForMe {\n    reviewsWaitingForMe {\n      id\n      relation\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n": types.ReviewsWaitingForMeDocument,
    "\n  query ManagedServicePoints {\n    managedServicePoints {\n      id\n      name\n      unitId\n      unitName\n    }\n  }\n": types.ManagedServicePointsDocument,
    "\n  query SatisfactionPeriods {\n    periods {\n      id\n      name\n      kind\n      startsOn\n      endsOn\n    }\n  }\n": types.SatisfactionPeriodsDocument,
    "\n  query CitizenComments($servicePointId: ID, $periodId: ID, $search: String, $status: CommentStatus, $page: PageInput) {\n    citizenComments(servicePointId: $servicePointId, periodId: $periodId, search: $search, status: $status, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        submittedAt\n        channel\n        kind\n        overall\n        comment\n        servicePointName\n        unitName\n        status\n        handledAt\n        handledNote\n        hiddenAt\n        hiddenReason\n      }\n    }\n  }\n": types.CitizenCommentsDocument,
    "\n  mutation MarkCommentHandled($id: ID!, $note: String) {\n    markCommentHandled(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.MarkCommentHandledDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      status\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  query FollowUpPlan($servicePointId: ID!, $periodId: ID!) {\n    followUpPlan(servicePointId: $servicePointId, periodId: $periodId) {\n      agencyId\n      servicePointId\n      servicePointName\n      period {\n        id\n        name\n        startsOn\n        endsOn\n      }\n      nextPeriod {\n        id\n        name\n      }\n      elements {\n        code\n        name\n        nrr\n      }\n      suggested {\n        code\n        name\n        nrr\n      }\n      actions {\n        id\n        elementCode\n        elementName\n        action\n        owner {\n          id\n          name\n        }\n        dueOn\n        status\n        published\n        change {\n          nrrThisPeriod\n          nrrNextPeriod\n          delta\n        }\n      }\n    }\n  }\n": types.FollowUpPlanDocument,
    "\n  query FollowUpOwners($search: String!) {\n    colleagues(search: $search) {\n      id\n      name\n      position\n    }\n  }\n": types.FollowUpOwnersDocument,
    "\n  mutation CreateFollowUpAction($input: CreateFollowUpActionInput!) {\n    createFollowUpAction(input: $input) {\n      id\n    }\n  }\n": types.CreateFollowUpActionDocument,
    "\n  mutation UpdateFollowUpAction($input: UpdateFollowUpActionInput!) {\n    updateFollowUpAction(input: $input) {\n      id\n    }\n  }\n": types.UpdateFollowUpActionDocument,
    "\n  mutation SetFollowUpActionStatus($input: SetFollowUpStatusInput!) {\n    setFollowUpActionStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.SetFollowUpActionStatusDocument,
    "\n  query SatisfactionReportPage($servicePointId: ID!, $periodId: ID!) {\n    satisfactionReport(servicePointId: $servicePointId, periodId: $periodId) {\n      servicePoint {\n        id\n        name\n        unitName\n      }\n      period {\n        id\n        name\n      }\n      respondents\n      elements {\n        code\n        label\n        nrr\n        weightedNrr\n        respondents\n      }\n      weakestElement\n      ikm\n      ikmConverted\n      mutu\n      kinerja\n      quickCount\n      quickMean\n      profile {\n        ageBands {\n          key\n          label\n          count\n          percent\n        }\n        sex {\n          key\n          label\n          count\n          percent\n        }\n        education {\n          key\n          label\n          count\n          percent\n        }\n        occupation {\n          key\n          label\n          count\n          percent\n        }\n      }\n      trend {\n        periodId\n        periodName\n        respondents\n        ikmConverted\n        mutu\n      }\n    }\n  }\n": types.SatisfactionReportPageDocument,
    "\n  mutation CloseTeamRound($i: CloseRoundInput!) {\n    closeRound(input: $i) {\n      status\n    }\n  }\n": types.CloseTeamRoundDocument,
    "\n  mutation AddTeamReviewer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      relation\n      state\n    }\n  }\n": types.AddTeamReviewerDocument,
    "\n  query DashboardPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n": types.DashboardPeriodsDocument,
    "\n  query TeamDashboard($p: ID!, $u: ID, $page: PageInput) {\n    teamDashboard(periodId: $p, unitId: $u, page: $page) {\n      periodId\n      rows {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          roundId\n          employeeName\n          position\n          unitName\n          status\n          reviewsExpected\n          reviewsSubmitted\n          perilakuScore\n          perilakuRating\n          hasilKerjaScore\n          hasilKerjaRating\n          predikat\n        }\n      }\n      predikatDistribution {\n        predikat\n        count\n      }\n      waitingReviewers {\n        roundId\n        reviewerId\n        reviewerName\n        relation\n        employeeName\n      }\n      totals {\n        people\n        open\n        closed\n        scored\n        reviewsExpected\n        reviewsSubmitted\n        rowsWithHiddenCounts\n      }\n      unitChoices {\n        id\n        path\n      }\n    }\n  }\n": types.TeamDashboardDocument,
    "\n  query TeamMember($r: ID!) {\n    teamMember(roundId: $r) {\n      roundId\n      employeeName\n      employeeNip\n      position\n      unitName\n      status\n      reviewsExpected\n      reviewsSubmitted\n      perilakuScore\n      perilakuRating\n      hasilKerjaScore\n      hasilKerjaRating\n      predikat\n      sources {\n        source\n        count\n        score\n        counted\n      }\n      pendingReviewers {\n        reviewerName\n        relation\n      }\n    }\n  }\n": types.TeamMemberDocument,
    "\n  query TeamPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n": types.TeamPeriodsDocument,
    "\n  query NominationsWaitingForMe {\n    nominationsWaitingForMe {\n      id\n      reviewer {\n        name\n      }\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n": types.NominationsWaitingForMeDocument,
    "\n  query TeamRounds($p: ID!) {\n    teamRounds(periodId: $p) {\n      id\n      status\n      overrideReason\n      employee {\n        id\n        name\n        subordinates {\n          id\n          name\n          position\n          active\n        }\n      }\n      progress {\n        supervisorSubmitted\n        peersApproved\n        peersSubmitted\n        nominationsPending\n      }\n      reviewers {\n        id\n        relation\n        state\n        reviewer {\n          id\n          name\n        }\n      }\n      result {\n        predikat\n        perilakuScore\n        hasilKerjaRating\n      }\n    }\n  }\n": types.TeamRoundsDocument,
    "\n  query TeamAgreedPlans($y: Int!) {\n    teamWorkPlans(year: $y) {\n      employee {\n        id\n      }\n      workPlan {\n        status\n      }\n    }\n  }\n": types.TeamAgreedPlansDocument,
    "\n  mutation DecideNomination($i: DecideNominationInput!) {\n    decideNomination(input: $i) {\n      id\n      state\n    }\n  }\n": types.DecideNominationDocument,
    "\n  fragment WorkPlanFields on WorkPlan {\n    id\n    year\n    status\n    version\n    agreedAt\n    employee {\n      id\n      name\n    }\n    indicators {\n      id\n      name\n      unit\n      target\n      weight\n      direction\n      aggregation\n      source\n      method\n    }\n    missingReports {\n      indicatorId\n      month\n    }\n    versions {\n      version\n      reason\n      createdByName\n      createdAt\n      agreedByName\n      agreedAt\n    }\n  }\n": types.WorkPlanFieldsFragmentDoc,
    "\n  fragment RealisationFields on Realisation {\n    id\n    indicatorId\n    month\n    value\n    note\n    evidenceUrl\n    status\n    feedback\n    thread {\n      id\n      action\n      actorName\n      value\n      note\n      evidenceUrl\n      at\n    }\n  }\n": types.RealisationFieldsFragmentDoc,
    "\n  query MyWorkPlan($year: Int!) {\n    myWorkPlan(year: $year) {\n      ...WorkPlanFields\n    }\n  }\n": types.MyWorkPlanDocument,
    "\n  query TeamWorkPlans($year: Int!) {\n    teamWorkPlans(year: $year) {\n      employee {\n        id\n        name\n        position\n      }\n      workPlan {\n        ...WorkPlanFields\n      }\n    }\n  }\n": types.TeamWorkPlansDocument,
    "\n  query WorkPlanRealisations($workPlanId: ID!, $month: String) {\n    realisations(workPlanId: $workPlanId, month: $month) {\n      ...RealisationFields\n    }\n  }\n": types.WorkPlanRealisationsDocument,
    "\n  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {\n    createWorkPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateWorkPlanDocument,
    "\n  mutation AddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) {\n      id\n    }\n  }\n": types.AddIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation RemoveIndicator($indicatorId: ID!) {\n    removeIndicator(indicatorId: $indicatorId) {\n      id\n    }\n  }\n": types.RemoveIndicatorDocument,
    "\n  mutation ReviseWorkPlan($input: ReviseWorkPlanInput!) {\n    reviseWorkPlan(input: $input) {\n      id\n    }\n  }\n": types.ReviseWorkPlanDocument,
    "\n  mutation AgreeWorkPlan($workPlanId: ID!) {\n    agreeWorkPlan(workPlanId: $workPlanId) {\n      id\n      status\n    }\n  }\n": types.AgreeWorkPlanDocument,
    "\n  mutation ReportRealisation($input: ReportRealisationInput!) {\n    reportRealisation(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportRealisationDocument,
    "\n  mutation VerifyRealisation($input: VerifyRealisationInput!) {\n    verifyRealisation(input: $input) {\n      id\n      status\n    }\n  }\n": types.VerifyRealisationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangeOwnPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditActors($search: String!) {\n    employees(filter: { search: $search }, page: { first: 20 }) {\n      totalCount\n      nodes {\n        id\n        name\n        nip\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAuditActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($entityType: String, $entityId: ID, $actorId: ID, $from: String, $to: String, $first: Int!, $before: ID) {\n    auditLog(entityType: $entityType, entityId: $entityId, actorId: $actorId, from: $from, to: $to, first: $first, before: $before) {\n      id\n      occurredAt\n      action\n      actorId\n      actorKind\n      actorName\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n"): typeof import('./graphql').AdminAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeriods {\n    periods {\n      id\n      name\n      kind\n      startsOn\n      endsOn\n      reviewDeadline\n    }\n  }\n"): typeof import('./graphql').AdminPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEmployeeName($id: ID!) {\n    employee(id: $id) {\n      name\n    }\n  }\n"): typeof import('./graphql').AdminEmployeeNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportEmployees($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      created\n      dryRun\n      rows\n      nips\n      problems {\n        line\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').AdminImportEmployeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEmployees($filter: EmployeeFilter, $page: PageInput) {\n    employees(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        nip\n        position\n        active\n        unit {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminEmployeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      nip\n      position\n      active\n      email\n      hasAccount\n      roles\n      unit {\n        id\n        name\n      }\n      supervisor {\n        id\n        name\n        nip\n      }\n      history {\n        position\n        unitId\n        supervisorId\n        validFrom\n        validTo\n      }\n    }\n  }\n"): typeof import('./graphql').AdminEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminCreateEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateEmployee($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminUpdateEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetEmployeePassword($employeeId: ID!, $password: String!) {\n    setEmployeePassword(employeeId: $employeeId, password: $password) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminSetEmployeePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCurrentInstrument {\n    currentInstrument {\n      id\n      version\n      publishedAt\n      items {\n        value\n        name\n        description\n        anchors\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCurrentInstrumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPublishInstrument($input: PublishInstrumentInput!) {\n    publishInstrument(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AdminPublishInstrumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPublishScoringPolicy($input: PublishScoringPolicyInput!) {\n    publishScoringPolicy(input: $input) {\n      version\n      code\n    }\n  }\n"): typeof import('./graphql').AdminPublishScoringPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminScoringPolicies {\n    scoringPolicies {\n      version\n      code\n      isDefault\n      publishedAt\n      reason\n      publishedBy {\n        name\n      }\n    }\n    currentScoringPolicy {\n      version\n      code\n      anonymityMin\n      capaianCap\n      perilaku {\n        sesuai\n        diAtas\n      }\n      hasilKerja {\n        sesuai\n        diAtas\n      }\n      sources {\n        source\n        weight\n        minCount\n      }\n    }\n  }\n"): typeof import('./graphql').AdminScoringPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFailedJobs($queue: String!) {\n    failedJobs(queue: $queue, first: 100) {\n      id\n      queue\n      name\n      failedReason\n      attemptsMade\n      failedAt\n      data\n    }\n  }\n"): typeof import('./graphql').AdminFailedJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSystemStatus {\n    systemStatus {\n      queueBackend\n      version\n    }\n    queueCounts {\n      queue\n      counts\n    }\n  }\n"): typeof import('./graphql').AdminSystemStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRetryFailedJob($queue: String!, $jobId: ID!) {\n    retryFailedJob(queue: $queue, jobId: $jobId)\n  }\n"): typeof import('./graphql').AdminRetryFailedJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePeriod($input: CreatePeriodInput!) {\n    createPeriod(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminCreatePeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAwardCandidates($periodId: ID!, $unitId: ID, $limit: Int!) {\n    awardCandidates(periodId: $periodId, unitId: $unitId, limit: $limit) {\n      roundsConsidered\n      eligible\n      rule {\n        minPeers\n      }\n      candidates {\n        rank\n        roundId\n        employeeName\n        employeeNip\n        position\n        unitName\n        predikat\n        perilakuScore\n        hasilKerjaScore\n        reasons {\n          source\n          count\n          score\n          weight\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAwardCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrainingCourses {\n    trainingCourses {\n      id\n      title\n      provider\n      coreValue\n      indicator\n      hours\n      active\n    }\n  }\n"): typeof import('./graphql').AdminTrainingCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTrainingCourse($input: CreateTrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AdminCreateTrainingCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTrainingCourse($input: UpdateTrainingCourseInput!) {\n    updateTrainingCourse(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AdminUpdateTrainingCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrainingSuggestions($periodId: ID!, $unitId: ID) {\n    trainingSuggestions(periodId: $periodId, unitId: $unitId) {\n      threshold\n      maxValues\n      roundsConsidered\n      employees {\n        roundId\n        employeeName\n        employeeNip\n        position\n        unitName\n        weakValues {\n          value\n          score\n        }\n        courses {\n          value\n          indicatorMatched\n          course {\n            id\n            title\n            provider\n            hours\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTrainingSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOpenRoundsForUnit($input: OpenRoundsForUnitInput!) {\n    openRoundsForUnit(input: $input) {\n      opened\n      alreadyOpen\n      withoutSupervisor\n    }\n  }\n"): typeof import('./graphql').AdminOpenRoundsForUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeriodProgress($periodId: ID!, $unitId: ID) {\n    periodProgress(periodId: $periodId, unitId: $unitId) {\n      rounds\n      draft\n      open\n      closed\n      scored\n      seats\n      reviewsSubmitted\n    }\n  }\n"): typeof import('./graphql').AdminPeriodProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReopenRound($input: ReopenRoundInput!) {\n    reopenRound(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdminReopenRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeriodRounds($periodId: ID!, $unitId: ID, $status: RoundStatus, $search: String, $page: PageInput) {\n    periodRounds(periodId: $periodId, unitId: $unitId, status: $status, search: $search, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        status\n        openedAt\n        employee {\n          id\n          name\n          nip\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPeriodRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnitTree {\n    units {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUnitTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminServicePoints {\n    servicePoints {\n      id\n      name\n      unit {\n        name\n      }\n      staff {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminServicePointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminKioskFields on Kiosk {\n    id\n    name\n    revokedAt\n    lastSeenAt\n    createdAt\n  }\n"): typeof import('./graphql').AdminKioskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminKiosks($servicePointId: ID) {\n    kiosks(servicePointId: $servicePointId) {\n      ...AdminKioskFields\n    }\n  }\n"): typeof import('./graphql').AdminKiosksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRegisterKiosk($input: RegisterKioskInput!) {\n    registerKiosk(input: $input) {\n      ...AdminKioskFields\n    }\n  }\n"): typeof import('./graphql').AdminRegisterKioskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRenameKiosk($id: ID!, $name: String!) {\n    renameKiosk(id: $id, name: $name) {\n      ...AdminKioskFields\n    }\n  }\n"): typeof import('./graphql').AdminRenameKioskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeKiosk($id: ID!) {\n    revokeKiosk(id: $id) {\n      ...AdminKioskFields\n    }\n  }\n"): typeof import('./graphql').AdminRevokeKioskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateKioskPairingCode($kioskId: ID!) {\n    createKioskPairingCode(kioskId: $kioskId) {\n      code\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').AdminCreateKioskPairingCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminRatingLinkFields on RatingLink {\n    id\n    token\n    url\n    employeeId\n    expiresAt\n    revokedAt\n    createdAt\n  }\n"): typeof import('./graphql').AdminRatingLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRatingLinks($servicePointId: ID) {\n    ratingLinks(servicePointId: $servicePointId) {\n      ...AdminRatingLinkFields\n    }\n  }\n"): typeof import('./graphql').AdminRatingLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRatingLink($input: CreateRatingLinkInput!) {\n    createRatingLink(input: $input) {\n      ...AdminRatingLinkFields\n    }\n  }\n"): typeof import('./graphql').AdminCreateRatingLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRatingLink($id: ID!) {\n    revokeRatingLink(id: $id) {\n      ...AdminRatingLinkFields\n    }\n  }\n"): typeof import('./graphql').AdminRevokeRatingLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHeldRatings($servicePointId: ID) {\n    heldRatings(servicePointId: $servicePointId) {\n      id\n      employeeId\n      channel\n      kind\n      reason\n      clientTag\n      answers\n      score\n      comment\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').AdminHeldRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReleaseHeldRatings($ids: [ID!]!) {\n    releaseHeldRatings(ids: $ids)\n  }\n"): typeof import('./graphql').AdminReleaseHeldRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRejectHeldRatings($ids: [ID!]!) {\n    rejectHeldRatings(ids: $ids)\n  }\n"): typeof import('./graphql').AdminRejectHeldRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSetupServicePoints($includeArchived: Boolean!) {\n    servicePoints(includeArchived: $includeArchived) {\n      id\n      name\n      archivedAt\n      unit {\n        name\n      }\n      staff {\n        id\n        name\n        nip\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetupServicePointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateServicePoint($input: CreateServicePointInput!) {\n    createServicePoint(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminCreateServicePointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminArchiveServicePoint($id: ID!) {\n    archiveServicePoint(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminArchiveServicePointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAssignServicePointStaff($input: ServicePointStaffInput!) {\n    assignServicePointStaff(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminAssignServicePointStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveServicePointStaff($input: ServicePointStaffInput!) {\n    removeServicePointStaff(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminRemoveServicePointStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPickEmployees($search: String!) {\n    employees(filter: { search: $search, active: true }, page: { first: 10 }) {\n      nodes {\n        id\n        name\n        nip\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPickEmployeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnitRoot {\n    units {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminUnitRootDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnitIndex($rootId: ID!) {\n    units(parentId: $rootId) {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUnitIndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnits($parentId: ID, $includeArchived: Boolean!) {\n    units(parentId: $parentId, includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      archivedAt\n      parentId\n      children {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      kind\n      archivedAt\n      parentId\n      parent {\n        id\n        name\n      }\n      history {\n        name\n        parentId\n        archived\n        validFrom\n        validTo\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminUpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveUnit($input: MoveUnitInput!) {\n    moveUnit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminMoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminArchiveUnit($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminArchiveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($n: String!, $p: String!) {\n    login(nip: $n, password: $p) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNotifications($first: Int!, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        message\n        createdAt\n        readAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').StaffNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogout {\n    logout\n  }\n"): typeof import('./graphql').StaffLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n"): typeof import('./graphql').StaffMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenServiceTickets($sp: ID!, $first: Int!, $after: ID) {\n    openServiceTickets(servicePointId: $sp, first: $first, after: $after) {\n      nodes {\n        id\n        number\n        issuedAt\n        usedAt\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OpenServiceTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueServiceTicket($i: IssueServiceTicketInput!) {\n    issueServiceTicket(input: $i) {\n      id\n      number\n      url\n      qrSvgUrl\n      issuedAt\n    }\n  }\n"): typeof import('./graphql').IssueServiceTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteServiceTicket($id: ID!) {\n    completeServiceTicket(ticketId: $id) {\n      number\n      completedAt\n    }\n  }\n"): typeof import('./graphql').CompleteServiceTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRounds {\n    myRounds {\n      id\n      status\n      period {\n        name\n      }\n      progress {\n        peersApproved\n        nominationsPending\n      }\n      peerNominations {\n        id\n        reviewerId\n        reviewerName\n        reviewerPosition\n        state\n        nominatedByMe\n        createdAt\n      }\n      result {\n        predikat\n        perilakuScore\n        perilakuRating\n        hasilKerjaRating\n      }\n      feedback {\n        relation\n        submitted\n        commentsVisible\n        comments {\n          strengths\n          improvements\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResults($page: PageInput) {\n    myResults(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        period {\n          id\n          name\n          startsOn\n          endsOn\n        }\n        result {\n          predikat\n          perilakuScore\n          perilakuRating\n          hasilKerjaScore\n          hasilKerjaRating\n          sources {\n            source\n            count\n            score\n            weight\n            counted\n            ci95 {\n              low\n              high\n            }\n            minimum\n            status\n          }\n        }\n        valueGaps {\n          value\n          self\n          others\n          gap\n        }\n        feedback {\n          relation\n          submitted\n          commentsVisible\n          comments {\n            strengths\n            improvements\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues($s: String!, $n: Int) {\n    colleagues(search: $s, first: $n) {\n      id\n      name\n      position\n      unitName\n    }\n  }\n"): typeof import('./graphql').ColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominatePeer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').NominatePeerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReports($page: PageInput) {\n    myReports(page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        status\n        progress\n        subject\n        errorCode\n        errorMessage\n        fileName\n        sizeBytes\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkmReportChoices {\n    skmServicePoints {\n      id\n      name\n    }\n    periods {\n      id\n      name\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').SkmReportChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReport($input: RequestReportInput!) {\n    requestReport(input: $input) {\n      id\n      status\n      subject\n    }\n  }\n"): typeof import('./graphql').RequestReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewFormRound($id: ID!) {\n    round(id: $id) {\n      employee {\n        name\n      }\n      positionAtOpen\n      instrument {\n        items {\n          value\n          name\n          description\n          anchors\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewFormRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($i: SubmitReviewInput!) {\n    submitReview(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewsWaitingForMe {\n    reviewsWaitingForMe {\n      id\n      relation\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewsWaitingForMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedServicePoints {\n    managedServicePoints {\n      id\n      name\n      unitId\n      unitName\n    }\n  }\n"): typeof import('./graphql').ManagedServicePointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionPeriods {\n    periods {\n      id\n      name\n      kind\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').SatisfactionPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenComments($servicePointId: ID, $periodId: ID, $search: String, $status: CommentStatus, $page: PageInput) {\n    citizenComments(servicePointId: $servicePointId, periodId: $periodId, search: $search, status: $status, page: $page) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        submittedAt\n        channel\n        kind\n        overall\n        comment\n        servicePointName\n        unitName\n        status\n        handledAt\n        handledNote\n        hiddenAt\n        hiddenReason\n      }\n    }\n  }\n"): typeof import('./graphql').CitizenCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCommentHandled($id: ID!, $note: String) {\n    markCommentHandled(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MarkCommentHandledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').HideCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UnhideCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPlan($servicePointId: ID!, $periodId: ID!) {\n    followUpPlan(servicePointId: $servicePointId, periodId: $periodId) {\n      agencyId\n      servicePointId\n      servicePointName\n      period {\n        id\n        name\n        startsOn\n        endsOn\n      }\n      nextPeriod {\n        id\n        name\n      }\n      elements {\n        code\n        name\n        nrr\n      }\n      suggested {\n        code\n        name\n        nrr\n      }\n      actions {\n        id\n        elementCode\n        elementName\n        action\n        owner {\n          id\n          name\n        }\n        dueOn\n        status\n        published\n        change {\n          nrrThisPeriod\n          nrrNextPeriod\n          delta\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpOwners($search: String!) {\n    colleagues(search: $search) {\n      id\n      name\n      position\n    }\n  }\n"): typeof import('./graphql').FollowUpOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUpAction($input: CreateFollowUpActionInput!) {\n    createFollowUpAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateFollowUpActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpAction($input: UpdateFollowUpActionInput!) {\n    updateFollowUpAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateFollowUpActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowUpActionStatus($input: SetFollowUpStatusInput!) {\n    setFollowUpActionStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SetFollowUpActionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionReportPage($servicePointId: ID!, $periodId: ID!) {\n    satisfactionReport(servicePointId: $servicePointId, periodId: $periodId) {\n      servicePoint {\n        id\n        name\n        unitName\n      }\n      period {\n        id\n        name\n      }\n      respondents\n      elements {\n        code\n        label\n        nrr\n        weightedNrr\n        respondents\n      }\n      weakestElement\n      ikm\n      ikmConverted\n      mutu\n      kinerja\n      quickCount\n      quickMean\n      profile {\n        ageBands {\n          key\n          label\n          count\n          percent\n        }\n        sex {\n          key\n          label\n          count\n          percent\n        }\n        education {\n          key\n          label\n          count\n          percent\n        }\n        occupation {\n          key\n          label\n          count\n          percent\n        }\n      }\n      trend {\n        periodId\n        periodName\n        respondents\n        ikmConverted\n        mutu\n      }\n    }\n  }\n"): typeof import('./graphql').SatisfactionReportPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTeamRound($i: CloseRoundInput!) {\n    closeRound(input: $i) {\n      status\n    }\n  }\n"): typeof import('./graphql').CloseTeamRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamReviewer($i: AssignReviewerInput!) {\n    assignReviewer(input: $i) {\n      id\n      relation\n      state\n    }\n  }\n"): typeof import('./graphql').AddTeamReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n"): typeof import('./graphql').DashboardPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamDashboard($p: ID!, $u: ID, $page: PageInput) {\n    teamDashboard(periodId: $p, unitId: $u, page: $page) {\n      periodId\n      rows {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          roundId\n          employeeName\n          position\n          unitName\n          status\n          reviewsExpected\n          reviewsSubmitted\n          perilakuScore\n          perilakuRating\n          hasilKerjaScore\n          hasilKerjaRating\n          predikat\n        }\n      }\n      predikatDistribution {\n        predikat\n        count\n      }\n      waitingReviewers {\n        roundId\n        reviewerId\n        reviewerName\n        relation\n        employeeName\n      }\n      totals {\n        people\n        open\n        closed\n        scored\n        reviewsExpected\n        reviewsSubmitted\n        rowsWithHiddenCounts\n      }\n      unitChoices {\n        id\n        path\n      }\n    }\n  }\n"): typeof import('./graphql').TeamDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMember($r: ID!) {\n    teamMember(roundId: $r) {\n      roundId\n      employeeName\n      employeeNip\n      position\n      unitName\n      status\n      reviewsExpected\n      reviewsSubmitted\n      perilakuScore\n      perilakuRating\n      hasilKerjaScore\n      hasilKerjaRating\n      predikat\n      sources {\n        source\n        count\n        score\n        counted\n      }\n      pendingReviewers {\n        reviewerName\n        relation\n      }\n    }\n  }\n"): typeof import('./graphql').TeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPeriods {\n    periods {\n      id\n      name\n      startsOn\n    }\n  }\n"): typeof import('./graphql').TeamPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationsWaitingForMe {\n    nominationsWaitingForMe {\n      id\n      reviewer {\n        name\n      }\n      round {\n        id\n        employee {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NominationsWaitingForMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamRounds($p: ID!) {\n    teamRounds(periodId: $p) {\n      id\n      status\n      overrideReason\n      employee {\n        id\n        name\n        subordinates {\n          id\n          name\n          position\n          active\n        }\n      }\n      progress {\n        supervisorSubmitted\n        peersApproved\n        peersSubmitted\n        nominationsPending\n      }\n      reviewers {\n        id\n        relation\n        state\n        reviewer {\n          id\n          name\n        }\n      }\n      result {\n        predikat\n        perilakuScore\n        hasilKerjaRating\n      }\n    }\n  }\n"): typeof import('./graphql').TeamRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamAgreedPlans($y: Int!) {\n    teamWorkPlans(year: $y) {\n      employee {\n        id\n      }\n      workPlan {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').TeamAgreedPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideNomination($i: DecideNominationInput!) {\n    decideNomination(input: $i) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').DecideNominationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkPlanFields on WorkPlan {\n    id\n    year\n    status\n    version\n    agreedAt\n    employee {\n      id\n      name\n    }\n    indicators {\n      id\n      name\n      unit\n      target\n      weight\n      direction\n      aggregation\n      source\n      method\n    }\n    missingReports {\n      indicatorId\n      month\n    }\n    versions {\n      version\n      reason\n      createdByName\n      createdAt\n      agreedByName\n      agreedAt\n    }\n  }\n"): typeof import('./graphql').WorkPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RealisationFields on Realisation {\n    id\n    indicatorId\n    month\n    value\n    note\n    evidenceUrl\n    status\n    feedback\n    thread {\n      id\n      action\n      actorName\n      value\n      note\n      evidenceUrl\n      at\n    }\n  }\n"): typeof import('./graphql').RealisationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkPlan($year: Int!) {\n    myWorkPlan(year: $year) {\n      ...WorkPlanFields\n    }\n  }\n"): typeof import('./graphql').MyWorkPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamWorkPlans($year: Int!) {\n    teamWorkPlans(year: $year) {\n      employee {\n        id\n        name\n        position\n      }\n      workPlan {\n        ...WorkPlanFields\n      }\n    }\n  }\n"): typeof import('./graphql').TeamWorkPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkPlanRealisations($workPlanId: ID!, $month: String) {\n    realisations(workPlanId: $workPlanId, month: $month) {\n      ...RealisationFields\n    }\n  }\n"): typeof import('./graphql').WorkPlanRealisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {\n    createWorkPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateWorkPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveIndicator($indicatorId: ID!) {\n    removeIndicator(indicatorId: $indicatorId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseWorkPlan($input: ReviseWorkPlanInput!) {\n    reviseWorkPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReviseWorkPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeWorkPlan($workPlanId: ID!) {\n    agreeWorkPlan(workPlanId: $workPlanId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AgreeWorkPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRealisation($input: ReportRealisationInput!) {\n    reportRealisation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReportRealisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRealisation($input: VerifyRealisationInput!) {\n    verifyRealisation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').VerifyRealisationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

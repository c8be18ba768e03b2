import { Injectable, Logger } from '@nestjs/common';
import { NotificationsRepository, SatisfactionRepository, ServicePointsRepository, UnitsRepository } from '@k360/database';
import { badRatingCount, isLowSatisfactionRun, LOW_SATISFACTION_WINDOW_HOURS, LOW_SATISFACTION_WINDOW_RATINGS } from '@k360/scoring';

/**
 * The low-satisfaction alert (issue 15; the rule is libs/scoring satisfaction-alert): after a
 * service point's ratings are aggregated, its latest ratings within the window are checked; on a
 * run of bad ones every head of the point's unit (UnitsRepository.headedUnitTree holds the unit:
 * the heads of that unit and of the units above it) gets a SATISFACTION_LOW notification, at most
 * once per service point, head and day (the notification's dedupe key), so retries, repeated
 * checks and several workers alert once.
 */
@Injectable()
export class SatisfactionAlertService {
  private readonly logger = new Logger(SatisfactionAlertService.name);

  constructor(
    private readonly satisfaction: SatisfactionRepository,
    private readonly servicePoints: ServicePointsRepository,
    private readonly units: UnitsRepository,
    private readonly notifications: NotificationsRepository,
  ) {}

  /** Checks one service point; answers how many notifications were created. */
  async check(servicePointId: string): Promise<number> {
    const overalls = await this.satisfaction.recentOveralls(servicePointId, LOW_SATISFACTION_WINDOW_HOURS, LOW_SATISFACTION_WINDOW_RATINGS);
    if (!isLowSatisfactionRun(overalls)) return 0;
    const point = await this.servicePoints.find(servicePointId);
    if (!point || point.archivedAt) return 0;
    const heads: string[] = [];
    for (const candidate of await this.units.headCandidates(point.unitId)) {
      if ((await this.units.headedUnitTree(candidate)).includes(point.unitId)) heads.push(candidate);
    }
    if (!heads.length) return 0;
    const created = await this.notifications.createSatisfactionLow(servicePointId, heads);
    if (created) {
      this.logger.log(
        `low satisfaction at service point ${servicePointId}: ${badRatingCount(overalls)} of the latest ${overalls.length} ratings are bad; ${created} head(s) notified`,
      );
    }
    return created;
  }
}

import { IsOptional, IsUUID } from 'class-validator';

/** The query string of GET /api/team-dashboard.csv|xlsx: the same filter as the teamDashboard query. */
export class TeamDashboardExportQuery {
  @IsUUID() periodId: string;
  @IsOptional() @IsUUID() unitId?: string;
}

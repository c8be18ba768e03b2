import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A titik layanan: a counter, desk or service in a unit where citizens are served and rate. */
@Entity({ name: 'service_point' })
export class ServicePointEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'service_point_staff' })
export class ServicePointStaffEntity {
  @PrimaryColumn({ name: 'service_point_id', type: 'uuid' }) servicePointId: string;
  @PrimaryColumn({ name: 'employee_id', type: 'uuid' }) employeeId: string;
  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' }) assignedAt: Date;
}

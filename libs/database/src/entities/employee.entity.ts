import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ROLES = ['ADMIN', 'SUPERVISOR', 'EMPLOYEE'] as const;
export type RoleValue = (typeof ROLES)[number];

/** A civil servant (pegawai ASN) and, when a password is set, their account. */
@Entity({ name: 'employee' })
export class EmployeeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId: string;
  @Column({ type: 'char', length: 18 }) nip: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) position: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true }) supervisorId: string | null;
  @Column({ type: 'text', array: true }) roles: RoleValue[];
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** argon2id; never leaves the service layer. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false }) passwordHash: string | null;
  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true }) passwordChangedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Position, unit and supervisor held by an employee from valid_from until valid_to (null: now). */
@Entity({ name: 'employee_assignment' })
export class EmployeeAssignmentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'employee_id', type: 'uuid' }) employeeId: string;
  @Column({ type: 'text' }) position: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true }) supervisorId: string | null;
  @Column({ name: 'valid_from', type: 'timestamptz' }) validFrom: Date;
  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true }) validTo: Date | null;
}

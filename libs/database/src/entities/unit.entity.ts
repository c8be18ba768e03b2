import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const UNIT_KINDS = ['AGENCY', 'DINAS', 'BIDANG', 'KECAMATAN', 'KELURAHAN', 'OTHER'] as const;
export type UnitKindValue = (typeof UNIT_KINDS)[number];

/** A node of an agency's structure: kota/kabupaten → kecamatan → kelurahan, or dinas → bidang. */
@Entity({ name: 'unit' })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: UnitKindValue;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A unit as it was between valid_from and valid_to (name, parent, archived). */
@Entity({ name: 'unit_history' })
export class UnitHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'boolean' }) archived: boolean;
  @Column({ name: 'valid_from', type: 'timestamptz' }) validFrom: Date;
  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true }) validTo: Date | null;
  @Column({ name: 'changed_by', type: 'uuid', nullable: true }) changedBy: string | null;
}

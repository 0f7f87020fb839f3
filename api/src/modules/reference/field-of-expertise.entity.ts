import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The list of fields of expertise changed over time (8 → 10 → 12 plus "other"). Each version of
 * the list is kept with the day it took effect, so a card keeps meaning what it meant when issued.
 */
@Entity({ tableName: 'expertise_list' })
export class ExpertiseList {
  @PrimaryKey({ autoincrement: false })
  version!: number;

  @Property({ type: 'date', unique: true })
  effectiveFrom!: string;

  @Property({ length: 200 })
  source!: string;

  @OneToMany(() => FieldOfExpertise, (f) => f.list)
  fields = new Collection<FieldOfExpertise>(this);
}

@Entity({ tableName: 'field_of_expertise' })
export class FieldOfExpertise {
  @ManyToOne(() => ExpertiseList, { primary: true, fieldName: 'list_version' })
  list!: ExpertiseList;

  @PrimaryKey({ length: 30 })
  code!: string;

  @Property({ length: 20 })
  nameZhTw!: string;

  @Property({ length: 60 })
  nameEn!: string;

  @Property()
  sortOrder!: number;
}
